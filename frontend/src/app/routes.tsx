import type { RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { CalendarRoute } from './routes/calendar';
import { NewTicketRoute } from './routes/new-ticket';
import { NotFoundRoute } from './routes/not-found';
import { QueueRoute } from './routes/queue';
import { RootLayout } from './routes/root-layout';

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      { path: paths.queue.path, element: <QueueRoute /> },
      { path: paths.newTicket.path, element: <NewTicketRoute /> },
      { path: paths.calendar.path, element: <CalendarRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
