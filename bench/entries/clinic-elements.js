// All five widgets from dist/ (unminified): used for CPU profiles, so function names are readable.
import '../../dist/index.js';
