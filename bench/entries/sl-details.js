// Baseline for the FAQ case: Shoelace's <sl-details> (registers itself and its sl-icon).
import '@shoelace-style/shoelace/dist/components/details/details.js';
