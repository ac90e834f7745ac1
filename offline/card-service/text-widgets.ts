import { Clickable } from './actions';
import { bool, compact, instance, JSON_OF, member, need, ON_CLICK, str, WIDGET } from './checks';
import { Switch, TextButton } from './controls';
import { type EnumValue, Icon } from './enums';
import type { CardJson } from './wire';

/** Widgets that show text and images. */

/** card-service/text-paragraph */
export class TextParagraph {
  #text?: string;
  setText(text: string): this {
    this.#text = str('TextParagraph.setText', text);
    return this;
  }
  [WIDGET](): CardJson {
    return { textParagraph: { text: need(this.#text, 'A TextParagraph must have text (TextParagraph.setText).') } };
  }
}

/** card-service/icon-image; card.v1 Icon has one of knownIcon, iconUrl, materialIcon (materialIcon is Chat-only). */
export class IconImage {
  #icon?: { knownIcon: string } | { iconUrl: string };
  #altText?: string;
  setIcon(icon: EnumValue): this {
    return this.#setIcon({ knownIcon: member('IconImage.setIcon', icon, Icon) });
  }
  setIconUrl(url: string): this {
    return this.#setIcon({ iconUrl: str('IconImage.setIconUrl', url) });
  }
  setAltText(altText: string): this {
    this.#altText = str('IconImage.setAltText', altText);
    return this;
  }
  #setIcon(icon: { knownIcon: string } | { iconUrl: string }): this {
    if (this.#icon && Object.keys(this.#icon)[0] !== Object.keys(icon)[0]) {
      throw new Error('Exception: An IconImage can have only one of an icon and an icon URL.');
    }
    this.#icon = icon;
    return this;
  }
  [JSON_OF](): CardJson {
    const icon = need(this.#icon, 'An IconImage must have an icon or an icon URL (IconImage.setIcon, setIconUrl).');
    return compact({ ...icon, altText: this.#altText });
  }
}

/** card-service/decorated-text */
export class DecoratedText extends Clickable {
  #text?: string;
  #topLabel?: string;
  #bottomLabel?: string;
  #wrapText?: boolean;
  #startIcon?: IconImage;
  #control?: TextButton | Switch;
  setText(text: string): this {
    this.#text = str('DecoratedText.setText', text);
    return this;
  }
  setTopLabel(text: string): this {
    this.#topLabel = str('DecoratedText.setTopLabel', text);
    return this;
  }
  setBottomLabel(text: string): this {
    this.#bottomLabel = str('DecoratedText.setBottomLabel', text);
    return this;
  }
  setWrapText(wrapText: boolean): this {
    this.#wrapText = bool('DecoratedText.setWrapText', wrapText);
    return this;
  }
  setStartIcon(startIcon: IconImage): this {
    this.#startIcon = instance('DecoratedText.setStartIcon', startIcon, IconImage);
    return this;
  }
  setButton(button: TextButton): this {
    return this.#setControl(instance('DecoratedText.setButton', button, TextButton));
  }
  setSwitchControl(switchToSet: Switch): this {
    return this.#setControl(instance('DecoratedText.setSwitchControl', switchToSet, Switch));
  }
  /** decorated-text#setButton: "A DecoratedText can only support one button or one switch." */
  #setControl(control: TextButton | Switch): this {
    if (this.#control && this.#control.constructor !== control.constructor) {
      throw new Error('Exception: A DecoratedText can only support one button or one switch.');
    }
    this.#control = control;
    return this;
  }
  /** decorated-text#setText: "Required." */
  [WIDGET](): CardJson {
    const control = this.#control;
    return {
      decoratedText: compact({
        text: need(this.#text, 'A DecoratedText must have text (DecoratedText.setText).'),
        topLabel: this.#topLabel,
        bottomLabel: this.#bottomLabel,
        wrapText: this.#wrapText,
        startIcon: this.#startIcon?.[JSON_OF](),
        button: control instanceof TextButton ? control[JSON_OF]() : undefined,
        switchControl: control instanceof Switch ? control[JSON_OF]() : undefined,
        onClick: this[ON_CLICK](),
      }),
    };
  }
}

/** card-service/image */
export class Image {
  #imageUrl?: string;
  #altText?: string;
  setImageUrl(url: string): this {
    this.#imageUrl = str('Image.setImageUrl', url);
    return this;
  }
  setAltText(altText: string): this {
    this.#altText = str('Image.setAltText', altText);
    return this;
  }
  [WIDGET](): CardJson {
    return { image: compact({ imageUrl: need(this.#imageUrl, 'An Image must have an image URL (Image.setImageUrl).'), altText: this.#altText }) };
  }
}

/** card-service/divider */
export class Divider {
  [WIDGET](): CardJson {
    return { divider: {} };
  }
}
