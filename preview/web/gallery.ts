/**
 * A card with every widget the renderer draws, and a few it must not trust: open the preview at /?gallery to
 * see it (the e2e tests use it to check the renderer). Nothing here is MeetLink's UI: that is always the real
 * bundle's cards.
 */
const action = (fn: string, i: number) => ({ action: { function: fn }, __i: i, __label: '' });

export const GALLERY_CARD = {
  name: 'gallery',
  header: { title: 'Card gallery', subtitle: 'Every widget the preview draws' },
  sections: [
    {
      header: 'Text',
      widgets: [
        {
          textParagraph: {
            text: '<b>Bold</b>, <i>italic</i>, <u>underlined</u>, <font color="#188038">green</font>,<br>a <a href="https://meet.google.com/abc-defg-hij">link</a>.',
          },
        },
        {
          textParagraph: {
            text: 'Unsafe: <img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script><a href="javascript:window.__pwned=3">js link</a> <span style="color:red">span</span>',
          },
        },
        {
          decoratedText: {
            topLabel: 'Meet link',
            text: 'https://meet.google.com/abc-defg-hij',
            bottomLabel: 'Meeting code: abc-defg-hij',
            startIcon: { knownIcon: 'VIDEO_CAMERA', altText: 'Video' },
            button: { text: 'Copy', onClick: action('copy', 0) },
            wrapText: true,
          },
        },
        {
          decoratedText: {
            text: 'Keep my recent links',
            startIcon: { materialIcon: { name: 'history' } },
            switchControl: { name: 'keepHistory', value: 'yes', selected: true, controlType: 'SWITCH' },
          },
        },
        { decoratedText: { text: 'A clickable row', bottomLabel: 'Opens something', onClick: action('row', 1) } },
      ],
    },
    {
      header: 'Buttons',
      widgets: [
        {
          buttonList: {
            buttons: [
              { text: 'Filled', type: 'FILLED', onClick: action('filled', 2) },
              { text: 'Outlined', onClick: action('outlined', 3) },
              { text: 'Borderless', type: 'BORDERLESS', onClick: action('borderless', 4) },
              { text: 'Disabled', disabled: true, onClick: action('disabled', 5) },
            ],
          },
        },
      ],
    },
    {
      header: 'Inputs',
      collapsible: true,
      uncollapsibleWidgetsCount: 1,
      widgets: [
        { textInput: { name: 'title', label: 'Title', value: 'Standup', hintText: 'Shown to guests' } },
        { textInput: { name: 'notes', label: 'Notes', type: 'MULTIPLE_LINE', value: 'Line one\nLine two' } },
        // 1 Dec 2026 09:30 UTC, shown at UTC+01:00.
        { dateTimePicker: { name: 'when', label: 'Starts', type: 'DATE_AND_TIME', valueMsEpoch: '1796117400000', timezoneOffsetDate: 60 } },
        {
          selectionInput: {
            name: 'format',
            label: 'Insert as',
            type: 'RADIO_BUTTON',
            items: [
              { text: 'Plain text', value: 'text', selected: true },
              { text: 'Formatted (HTML)', value: 'html', selected: false },
            ],
          },
        },
        {
          selectionInput: {
            name: 'first',
            label: 'Offer first',
            type: 'DROPDOWN',
            items: [
              { text: 'Meet link', value: 'link', selected: true },
              { text: 'Invitation', value: 'invitation', selected: false },
            ],
          },
        },
        {
          selectionInput: {
            name: 'days',
            label: 'Days',
            type: 'CHECK_BOX',
            items: [
              { text: 'Monday', value: 'mon', selected: true },
              { text: 'Tuesday', value: 'tue', selected: false },
            ],
          },
        },
        {
          selectionInput: {
            name: 'notify',
            label: 'Notifications',
            type: 'SWITCH',
            items: [{ text: 'Email guests', value: 'email', selected: false }],
          },
        },
      ],
    },
    {
      header: 'Other',
      widgets: [
        { divider: {} },
        { image: { imageUrl: 'https://www.gstatic.com/images/icons/material/system/2x/video_call_black_48dp.png', altText: 'Video call icon' } },
        { grid: { title: 'A grid', items: [] } },
        { chipList: { chips: [{ label: 'A chip' }] } },
      ],
    },
  ],
  fixedFooter: {
    primaryButton: { text: 'Save', onClick: action('save', 6) },
    secondaryButton: { text: 'Cancel', onClick: action('cancel', 7) },
  },
};
