/** The pretend inbox: decoration only, the add-on never reads it. */
export interface InboxMessage {
  from: string;
  subject: string;
  snippet: string;
  time: string;
  unread: boolean;
}

export const INBOX: InboxMessage[] = [
  {
    from: 'Sam Okafor',
    subject: 'Sync next week?',
    snippet: 'Could we find 30 minutes to go over the launch plan before Friday?',
    time: '10:42',
    unread: true,
  },
  {
    from: 'Lin Chen',
    subject: 'Review notes for Thursday',
    snippet: 'I added comments on the onboarding flow. The main open question is…',
    time: '09:15',
    unread: true,
  },
  {
    from: 'Priya Shah',
    subject: 'Re: Quarterly planning agenda',
    snippet: 'Thanks! I moved the budget item to the second half so we have time for…',
    time: 'Yesterday',
    unread: false,
  },
  {
    from: 'Google Calendar',
    subject: 'Invitation: Weekly team sync',
    snippet: 'You have been invited to the following event. Join with Google Meet…',
    time: 'Yesterday',
    unread: false,
  },
  {
    from: 'Marta Ruiz',
    subject: 'Photos from the offsite',
    snippet: 'Here are the photos from last week. The one by the lake is my favourite.',
    time: 'Nov 19',
    unread: false,
  },
];
