<?php
/**
 * Editors never type tags by hand: block patterns with the seed clinic's widgets (FAQ, symptom
 * checklist, treatment phases, branches, contact form) in the block inserter's Patterns tab, under
 * “Clinic Elements”. Each is a Custom HTML block (WordPress publishes its content as it is). The
 * patterns' content is written at build time from the project's examples (examples/, the one
 * source of the seed content) into `generated/patterns.php`.
 *
 * @package ClinicElements
 */

defined( 'ABSPATH' ) || exit;

/**
 * The generated patterns: each with `name` (slug), `title`, `description` and `content` (the
 * widget's HTML). Empty when the plugin runs from source without a build.
 *
 * @return list<array{name: string, title: string, description: string, content: string}>
 */
function clinic_elements_patterns(): array {
	$file     = CLINIC_ELEMENTS_DIR . 'generated/patterns.php';
	$patterns = is_readable( $file ) ? require $file : array();
	return is_array( $patterns ) ? $patterns : array();
}

function clinic_elements_register_patterns(): void {
	if ( ! function_exists( 'register_block_pattern' ) ) {
		return;
	}
	register_block_pattern_category( 'clinic-elements', array( 'label' => __( 'Clinic Elements', 'clinic-elements' ) ) );
	foreach ( clinic_elements_patterns() as $pattern ) {
		register_block_pattern(
			'clinic-elements/' . $pattern['name'],
			array(
				'title'       => $pattern['title'],
				'description' => $pattern['description'],
				'categories'  => array( 'clinic-elements' ),
				'keywords'    => array( 'clinic', 'kliniek', 'praktijk' ),
				'content'     => "<!-- wp:html -->\n" . $pattern['content'] . "\n<!-- /wp:html -->",
			)
		);
	}
}
add_action( 'init', 'clinic_elements_register_patterns' );
