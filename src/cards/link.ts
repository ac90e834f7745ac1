import type { MeetLink } from '../meet/conference';
import { escapeHtml } from '../invitation';
import { STRINGS } from '../ui/strings';
import { paragraph } from './action';

/** The widgets that show a Meet link and how to dial in; the link is selectable text. */
export function linkWidgets(link: MeetLink): GoogleAppsScript.Card_Service.Widget[] {
  const widgets: GoogleAppsScript.Card_Service.Widget[] = [
    CardService.newDecoratedText().setTopLabel(STRINGS.meetLink).setText(link.url).setBottomLabel(STRINGS.meetingCode(link.code)).setWrapText(true),
  ];
  if (link.dialIn) {
    widgets.push(
      CardService.newDecoratedText().setTopLabel(STRINGS.dialIn).setText(STRINGS.dialInDetail(link.dialIn.number, link.dialIn.pin)).setWrapText(true),
    );
  }
  if (link.morePhonesUrl) {
    widgets.push(paragraph(`<a href="${escapeHtml(link.morePhonesUrl)}">${STRINGS.morePhones}</a>`));
  }
  return widgets;
}
