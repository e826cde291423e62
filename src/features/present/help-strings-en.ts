/** English strings of present mode's help (the keys), loaded with the help dialog. */
export const helpEn = {
  helpTitle: 'Keys for presenting',
  helpClose: 'Close',
  keyNext: 'Next slide',
  keyPrev: 'Previous slide',
  keyFirstLast: 'First / last slide',
  keyJump: 'Go to slide number',
  keyFull: 'Full screen on or off',
  keyBlack: 'Black screen on or off',
  keyEscape: 'Leave full screen, the black screen or this help',
  keyHelp: 'This help',
  keyDownload: 'Download the deck as PowerPoint',
  keyPresenter: 'Presenter view: notes, next slide and timer in a second window',
  keyShare: 'Share: a QR code of this slide’s address',
  keyProjector: 'Projector theme on or off',
  keyTouch: 'On a touch screen, swipe left or right',
} as const;
