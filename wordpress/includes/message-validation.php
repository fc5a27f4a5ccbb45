<?php
/**
 * Reading and checking a message the way the widget checks it in the browser
 * (src/components/contact-form/validators.ts): required fields, e-mail, phone (Dutch spellings or
 * international), Dutch postcode, consent and lengths (characters as people count them). Pure
 * functions: values in, field messages out; the REST route (message-endpoint.php) answers with them.
 *
 * @package ClinicElements
 */

defined( 'ABSPATH' ) || exit;

/**
 * The fields the server knows, by the names the widget's standard form and the seed page's own form
 * send: what each holds, the name of its label text, and its rules. `names` lists the field names
 * read for it, first match wins (the standard form sends the branch as `location`, the seed page's
 * own form as `vestiging`). `mid_sentence` is the text that names the visitor's own name, e-mail
 * address and message in a message ("Vul je naam in"), whatever their label, as the widget names the
 * fields with `autocomplete="name"`, `"email"` and the field named `message` (`asksFor` in
 * src/components/contact-form/read-contact-form.ts); the other fields go by their lower-cased label.
 */
const CLINIC_ELEMENTS_FIELDS = array(
	'name'     => array( 'names' => array( 'name' ), 'label' => 'nameLabel', 'kind' => 'text', 'required' => true, 'max' => 200, 'mid_sentence' => 'yourName' ),
	'email'    => array( 'names' => array( 'email' ), 'label' => 'emailLabel', 'kind' => 'email', 'required' => true, 'max' => 254, 'mid_sentence' => 'yourEmail' ),
	'phone'    => array( 'names' => array( 'phone' ), 'label' => 'phoneLabel', 'kind' => 'phone', 'required' => false, 'max' => 40 ),
	'postcode' => array( 'names' => array( 'postcode' ), 'label' => 'postcodeLabel', 'kind' => 'postcode', 'required' => false, 'max' => 10 ),
	'branch'   => array( 'names' => array( 'location', 'vestiging', 'branch' ), 'label' => 'locationLabel', 'kind' => 'choice', 'required' => false, 'max' => 100 ),
	'message'  => array( 'names' => array( 'message' ), 'label' => 'messageLabel', 'kind' => 'text', 'required' => true, 'max' => 5000, 'mid_sentence' => 'yourMessage' ),
	'consent'  => array( 'names' => array( 'consent' ), 'label' => 'consent', 'kind' => 'check', 'required' => true, 'max' => 100 ),
);

/** Other fields an own form may send: kept with the message, at most this many, each this long. */
const CLINIC_ELEMENTS_MAX_EXTRA_FIELDS  = 20;
const CLINIC_ELEMENTS_MAX_EXTRA_LENGTH  = 2000;
const CLINIC_ELEMENTS_MAX_SYMPTOMS      = 50;
const CLINIC_ELEMENTS_MAX_SYMPTOM_CHARS = 500;

/**
 * The honeypot's field names: the standard form's `website`, the widget's own
 * `clinic-contact-form-comment` (which it adds to an editor's form that has none) and the usual others.
 * (The widget never sends its honeypot: these catch bots that post to the route themselves.)
 */
function clinic_elements_honeypot_names(): array {
	/**
	 * Filters the field names that count as the honeypot (a filled one: success answer, nothing stored).
	 *
	 * @param list<string> $names Field names.
	 */
	return (array) apply_filters( 'clinic_elements_honeypot_names', array( 'website', 'clinic-contact-form-comment', 'url', 'homepage', 'honeypot' ) );
}

/** Phone numbers: Dutch in their usual spellings (`0493-123456`, `06 12 34 56 78`, `+31 (0)6…`) or international `+`/`00` numbers. */
function clinic_elements_is_phone( string $value ): bool {
	$digits = preg_replace( '/\(0\)|[\s\-.()\/]/u', '', $value );
	return preg_match( '/^(0[1-9]\d{8}|0[89]0\d{5,8}|(\+|00)[1-9]\d{6,14})$/', (string) $digits ) === 1;
}

/** An e-mail address as people type it: something@domain.tld, no spaces. */
function clinic_elements_is_email( string $value ): bool {
	return preg_match( '/^[^\s@]+@([^\s@.]+\.)+[^\s@.\d]{2,}$/u', trim( $value ) ) === 1;
}

/** A Dutch postcode: `5751 AB`, `5751ab` (not starting with 0; SA, SD and SS are not used). */
function clinic_elements_is_postcode( string $value ): bool {
	return preg_match( '/^[1-9]\d{3} ?(?!sa|sd|ss)[a-z]{2}$/i', trim( $value ) ) === 1;
}

/** Characters as people count them (an emoji is one), as the widget counts them. */
function clinic_elements_length( string $value ): int {
	return (int) preg_match_all( '/./us', $value );
}

/**
 * A submitted value as text: lists (checkboxes) joined with `, `; anything else (an object, a
 * number in JSON) as its text. `null` when it cannot be text (a nested list or object).
 *
 * @param mixed $value The value as the request gave it.
 */
function clinic_elements_text_value( $value ): ?string {
	if ( is_array( $value ) ) {
		$parts = array();
		foreach ( $value as $part ) {
			if ( ! is_scalar( $part ) ) {
				return null;
			}
			$parts[] = (string) $part;
		}
		$value = implode( ', ', $parts );
	} elseif ( is_bool( $value ) ) {
		$value = $value ? 'yes' : '';
	} elseif ( $value !== null && ! is_scalar( $value ) ) {
		return null;
	}
	$text = (string) $value;
	// Broken UTF-8 cannot be stored or shown: refused like a value the widget cannot send.
	return preg_match( '//u', $text ) === 1 ? $text : null;
}

/**
 * Reads the request's values into a message: the known fields (trimmed text), the checklist's
 * ticks (`symptoms`, when the form sends them), the other fields, and whether the honeypot was filled.
 *
 * @param array<string, mixed> $params The request's fields by name.
 * @return array{fields: array<string, string>, names: array<string, string>, unreadable: list<string>, symptoms: list<string>, extra: array<string, string>, honeypot: bool}
 */
function clinic_elements_read_message( array $params ): array {
	$message = array(
		'fields'     => array(),
		'names'      => array(),
		'unreadable' => array(),
		'symptoms'   => array(),
		'extra'      => array(),
		'honeypot'   => false,
	);
	$known = array();
	foreach ( CLINIC_ELEMENTS_FIELDS as $field => $definition ) {
		$message['names'][ $field ]  = $definition['names'][0];
		$message['fields'][ $field ] = '';
		foreach ( $definition['names'] as $name ) {
			$known[ $name ] = true;
			if ( array_key_exists( $name, $params ) ) {
				$message['names'][ $field ] = $name;
				$text                       = clinic_elements_text_value( $params[ $name ] );
				if ( $text === null ) {
					$message['unreadable'][] = $field;
				}
				$message['fields'][ $field ] = trim( (string) $text );
				break;
			}
		}
	}
	foreach ( clinic_elements_honeypot_names() as $name ) {
		$known[ $name ] = true;
		if ( isset( $params[ $name ] ) && trim( (string) clinic_elements_text_value( $params[ $name ] ) ) !== '' ) {
			$message['honeypot'] = true;
		}
	}
	if ( isset( $params['symptoms'] ) ) {
		$known['symptoms'] = true;
		$ticks             = is_array( $params['symptoms'] ) ? $params['symptoms'] : preg_split( '/\R/', (string) clinic_elements_text_value( $params['symptoms'] ) );
		foreach ( array_slice( $ticks, 0, CLINIC_ELEMENTS_MAX_SYMPTOMS ) as $tick ) {
			$text = is_scalar( $tick ) ? trim( (string) clinic_elements_text_value( $tick ), " \t-" ) : '';
			if ( $text !== '' ) {
				$message['symptoms'][] = mb_substr( $text, 0, CLINIC_ELEMENTS_MAX_SYMPTOM_CHARS );
			}
		}
	}
	foreach ( $params as $name => $value ) {
		$name = (string) $name;
		if ( isset( $known[ $name ] ) || str_starts_with( $name, '_' ) || count( $message['extra'] ) >= CLINIC_ELEMENTS_MAX_EXTRA_FIELDS ) {
			continue;
		}
		$text = clinic_elements_text_value( $value );
		if ( $text !== null && trim( $text ) !== '' ) {
			$message['extra'][ sanitize_key( $name ) ?: 'field' ] = mb_substr( trim( $text ), 0, CLINIC_ELEMENTS_MAX_EXTRA_LENGTH );
		}
	}
	return $message;
}

/**
 * The first check a field's value fails, as the widget's `validate()` names it (`required`,
 * `requiredCheck`, `email`, `phone`, `postcode`, `maxLength`), or null when it passes.
 *
 * @param array{kind: string, required: bool, max: int} $rules The field's rules.
 */
function clinic_elements_failed_check( string $value, array $rules ): ?string {
	$blank = trim( $value ) === '';
	if ( $blank && $rules['required'] ) {
		return $rules['kind'] === 'check' ? 'requiredCheck' : ( $rules['kind'] === 'choice' ? 'requiredChoice' : 'required' );
	}
	if ( ! $blank ) {
		$formats = array(
			'email'    => 'clinic_elements_is_email',
			'phone'    => 'clinic_elements_is_phone',
			'postcode' => 'clinic_elements_is_postcode',
		);
		if ( isset( $formats[ $rules['kind'] ] ) && ! $formats[ $rules['kind'] ]( $value ) ) {
			return $rules['kind'];
		}
	}
	if ( clinic_elements_length( $value ) > $rules['max'] ) {
		return 'maxLength';
	}
	return null;
}

/** A field's label as the widget shows it (the consent checkbox's is its whole sentence). */
function clinic_elements_field_label( string $field ): string {
	$label_key = CLINIC_ELEMENTS_FIELDS[ $field ]['label'];
	return $label_key === 'consent' ? clinic_elements_text( 'consent' ) . ' ' . clinic_elements_text( 'privacy' ) : clinic_elements_text( $label_key );
}

/**
 * The field messages for a message, keyed by the name the form sent each field under (the widget
 * puts each on its field): `{ "email": "Vul een e-mailadres in zoals naam@voorbeeld.nl" }`.
 * Empty when the message may be stored.
 *
 * @param array{fields: array<string, string>, names: array<string, string>, unreadable: list<string>} $message A message from clinic_elements_read_message().
 * @return array<string, string>
 */
function clinic_elements_validate_message( array $message ): array {
	$errors = array();
	foreach ( CLINIC_ELEMENTS_FIELDS as $field => $rules ) {
		$name = $message['names'][ $field ];
		if ( in_array( $field, $message['unreadable'], true ) ) {
			$errors[ $name ] = clinic_elements_text( 'invalid' );
			continue;
		}
		$failed = clinic_elements_failed_check( $message['fields'][ $field ], $rules );
		if ( $failed === null ) {
			continue;
		}
		$label           = clinic_elements_field_label( $field );
		$errors[ $name ] = clinic_elements_text(
			$failed,
			array(
				'label' => $label,
				'field' => isset( $rules['mid_sentence'] ) ? clinic_elements_text( $rules['mid_sentence'] ) : lcfirst( $label ),
				'max'   => $rules['max'],
			)
		);
	}
	return $errors;
}
