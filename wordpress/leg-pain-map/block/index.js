/**
 * The Leg pain map block in the editor: a static placeholder (the map itself runs on the published
 * page) and the element's attributes in the block's sidebar. Plain JS, no build step; rendered on
 * the server by render.php through the same function as the [leg_pain_map] shortcode.
 */
( function ( blocks, element, blockEditor, components, i18n ) {
	var el = element.createElement;
	var __ = i18n.__;

	// kses stores an Author's `&` in a block attribute as `&amp;` (the server decodes it again when
	// it renders): show the value as typed.
	function shown( value ) {
		return String( value || '' )
			.replace( /&lt;/g, '<' )
			.replace( /&gt;/g, '>' )
			.replace( /&quot;/g, '"' )
			.replace( /&#0?39;/g, "'" )
			.replace( /&amp;/g, '&' );
	}

	function edit( props ) {
		var a = props.attributes;
		function set( key ) {
			return function ( value ) {
				var change = {};
				change[ key ] = value;
				props.setAttributes( change );
			};
		}
		return el(
			'div',
			blockEditor.useBlockProps(),
			el(
				blockEditor.InspectorControls,
				null,
				el(
					components.PanelBody,
					{ title: __( 'Leg pain map', 'leg-pain-map' ) },
					el( components.TextControl, {
						label: __( 'Booking link', 'leg-pain-map' ),
						help: __( 'https://… or /path on this site; {summary} carries the visitor\'s answers. Empty: the site-wide default.', 'leg-pain-map' ),
						value: shown( a.bookingUrl ),
						onChange: set( 'bookingUrl' ),
					} ),
					el( components.TextControl, {
						label: __( 'Booking button', 'leg-pain-map' ),
						value: shown( a.bookingLabel ),
						maxLength: 60,
						onChange: set( 'bookingLabel' ),
					} ),
					el( components.TextControl, {
						label: __( 'Emergency number', 'leg-pain-map' ),
						value: shown( a.emergencyNumber ),
						onChange: set( 'emergencyNumber' ),
					} ),
					el( components.SelectControl, {
						label: __( 'Language', 'leg-pain-map' ),
						value: a.lang,
						options: [
							{ value: '', label: __( 'Site default', 'leg-pain-map' ) },
							{ value: 'en', label: 'English' },
							{ value: 'es', label: 'Español' },
						],
						onChange: set( 'lang' ),
					} ),
					el( components.SelectControl, {
						label: __( 'View a phone starts on', 'leg-pain-map' ),
						value: a.view,
						options: [
							{ value: '', label: __( 'Front', 'leg-pain-map' ) },
							{ value: 'back', label: __( 'Back', 'leg-pain-map' ) },
						],
						onChange: set( 'view' ),
					} ),
					el( components.SelectControl, {
						label: __( 'Theme', 'leg-pain-map' ),
						value: a.theme,
						options: [
							{ value: '', label: __( 'Site default', 'leg-pain-map' ) },
							{ value: 'light', label: __( 'Light', 'leg-pain-map' ) },
							{ value: 'dark', label: __( 'Dark', 'leg-pain-map' ) },
							{ value: 'auto', label: __( 'Follow the visitor\'s system', 'leg-pain-map' ) },
						],
						onChange: set( 'theme' ),
					} ),
					el( components.ToggleControl, {
						label: __( 'Place and feeling in the page address', 'leg-pain-map' ),
						help: __( 'A link then reopens them. One map per page.', 'leg-pain-map' ),
						checked: !! a.deepLink,
						onChange: set( 'deepLink' ),
					} )
				)
			),
			el( components.Placeholder, {
				icon: 'location-alt',
				label: __( 'Leg pain map', 'leg-pain-map' ),
				instructions: __( 'The map shows on the published page. Its settings are in the block\'s sidebar; site-wide defaults under Settings → Leg pain map.', 'leg-pain-map' ),
			} )
		);
	}

	blocks.registerBlockType( 'leg-pain-map/map', {
		edit: edit,
		save: function () {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n );
