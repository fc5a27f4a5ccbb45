// Our FAQ alone (dist/faq.js + Lit), bundled the same way as the Lion and Shoelace baselines.
import '../../dist/faq.js';
