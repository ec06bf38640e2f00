import type { RouteObject } from 'react-router';
import { paths } from '@/config/paths';
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
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
