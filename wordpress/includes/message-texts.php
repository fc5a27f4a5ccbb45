<?php
/**
 * The messages the REST route answers with, in the site's language (Dutch for an `nl…` locale,
 * else English), worded as the widget words them: the widget's own texts
 * (src/components/contact-form/contact-form.texts.ts) are written at build time into
 * `generated/form-texts.php`, so a field's message reads the same whether the browser or the
 * server found the problem. The few texts only the server needs are below.
 *
 * @package ClinicElements
 */

defined( 'ABSPATH' ) || exit;

/** `nl` when the site's language is Dutch, else `en` (the widget's fallback too). */
function clinic_elements_language(): string {
	return str_starts_with( strtolower( (string) get_locale() ), 'nl' ) ? 'nl' : 'en';
}

/** Texts only the server needs, per language. */
const CLINIC_ELEMENTS_SERVER_TEXTS = array(
	'en' => array(
		'tooMany'       => 'You have sent several messages in a short time. Wait a minute, then try again.',
		'postcodeLabel' => 'Postcode',
		'invalid'       => 'This value could not be read. Type it again.',
	),
	'nl' => array(
		'tooMany'       => 'Je hebt kort na elkaar meerdere berichten gestuurd. Wacht een minuut en probeer het dan opnieuw.',
		'postcodeLabel' => 'Postcode',
		'invalid'       => 'Deze waarde kon niet worden gelezen. Typ hem opnieuw.',
	),
);

/**
 * One text in the site's language with its `{placeholders}` filled in: the widget's texts first,
 * then the server's own.
 *
 * @param string                    $key          A key of contact-form.texts.ts (`required`, `email`, `nameLabel`, …) or of the server's own texts.
 * @param array<string, string|int> $replacements Placeholder values (`label`, `field`, `min`, `max`).
 */
function clinic_elements_text( string $key, array $replacements = array() ): string {
	static $widget_texts = null;
	if ( $widget_texts === null ) {
		$file         = CLINIC_ELEMENTS_DIR . 'generated/form-texts.php';
		$widget_texts = is_readable( $file ) ? require $file : array();
	}
	$language = clinic_elements_language();
	$text     = $widget_texts[ $language ][ $key ] ?? CLINIC_ELEMENTS_SERVER_TEXTS[ $language ][ $key ] ?? $widget_texts['en'][ $key ] ?? $key;
	foreach ( $replacements as $name => $value ) {
		$text = str_replace( '{' . $name . '}', (string) $value, $text );
	}
	return $text;
}
