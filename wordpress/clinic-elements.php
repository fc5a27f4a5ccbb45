<?php
/**
 * Plugin Name:       Clinic Elements
 * Plugin URI:        https://www.npmjs.com/package/clinic-elements
 * Description:       The Clinic Elements widgets (FAQ, symptom checklist, treatment phases, branch picker, contact form) for every editor: the tags pass WordPress's HTML filter for every role that writes posts, the script loads only on pages that use them, block patterns hold the seed clinic's widgets, and the contact form's messages are stored in WordPress and e-mailed.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            Clinic Elements
 * License:           MIT
 * Text Domain:       clinic-elements
 *
 * @package ClinicElements
 */

defined( 'ABSPATH' ) || exit;

define( 'CLINIC_ELEMENTS_VERSION', '0.1.0' );
define( 'CLINIC_ELEMENTS_FILE', __FILE__ );
define( 'CLINIC_ELEMENTS_DIR', __DIR__ . '/' );

// One concern per file; each file adds its own hooks when it is loaded.
require_once CLINIC_ELEMENTS_DIR . 'includes/settings.php';
require_once CLINIC_ELEMENTS_DIR . 'includes/allowed-html.php';
require_once CLINIC_ELEMENTS_DIR . 'includes/assets.php';
require_once CLINIC_ELEMENTS_DIR . 'includes/form-action.php';
require_once CLINIC_ELEMENTS_DIR . 'includes/patterns.php';
require_once CLINIC_ELEMENTS_DIR . 'includes/message-texts.php';
require_once CLINIC_ELEMENTS_DIR . 'includes/message-validation.php';
require_once CLINIC_ELEMENTS_DIR . 'includes/message-post-type.php';
require_once CLINIC_ELEMENTS_DIR . 'includes/message-endpoint.php';
require_once CLINIC_ELEMENTS_DIR . 'includes/message-admin.php';
require_once CLINIC_ELEMENTS_DIR . 'includes/message-privacy.php';
