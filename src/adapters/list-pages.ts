import type { CalendarEvent } from '../meet/calendar-port';

/** The most events.list pages one lookup reads: each page is a Calendar call, and a card action has 30 s. */
export const MAX_LIST_PAGES = 5;

/**
 * Every item of an events.list answer, following nextPageToken: "The number of events in the resulting page may
 * be less than [maxResults], or none at all, even if there are more events matching the query. Incomplete pages
 * can be detected by a non-empty nextPageToken field" (events.list reference). Bounded to MAX_LIST_PAGES pages.
 */
export function allPages(listPage: (pageToken: string | undefined) => { items?: CalendarEvent[]; nextPageToken?: string | null }): CalendarEvent[] {
  const items: CalendarEvent[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_LIST_PAGES; page += 1) {
    const answer = listPage(token);
    items.push(...(answer.items ?? []));
    if (!answer.nextPageToken) break;
    token = answer.nextPageToken;
  }
  return items;
}
