import type { RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { CalendarRoute } from './routes/calendar';
import { DashboardRoute } from './routes/dashboard';
import { EscalationRoute } from './routes/escalation';
import { EscalationsRoute } from './routes/escalations';
import { KnowledgeRoute } from './routes/knowledge';
import { KnowledgeArticleRoute } from './routes/knowledge-article';
import { KnowledgeNewArticleRoute } from './routes/knowledge-new-article';
import { NewTicketRoute } from './routes/new-ticket';
import { NotFoundRoute } from './routes/not-found';
import { QueueRoute } from './routes/queue';
import { ReportsRoute } from './routes/reports';
import { RootLayout } from './routes/root-layout';
import { SlaPoliciesRoute } from './routes/sla-policies';
import { TemplatesRoute } from './routes/templates';
import { TicketRoute } from './routes/ticket';
import { WallboardRoute } from './routes/wallboard';
import { WebhooksRoute } from './routes/webhooks';

export const routes: RouteObject[] = [
  // The support-room screen has no desk chrome around it.
  { path: paths.wallboard.path, element: <WallboardRoute /> },
  {
    element: <RootLayout />,
    children: [
      { path: paths.queue.path, element: <QueueRoute /> },
      { path: paths.newTicket.path, element: <NewTicketRoute /> },
      { path: paths.ticket.path, element: <TicketRoute /> },
      { path: paths.calendar.path, element: <CalendarRoute /> },
      { path: paths.slaPolicies.path, element: <SlaPoliciesRoute /> },
      { path: paths.knowledge.path, element: <KnowledgeRoute /> },
      { path: paths.knowledgeNewArticle.path, element: <KnowledgeNewArticleRoute /> },
      { path: paths.knowledgeArticle.path, element: <KnowledgeArticleRoute /> },
      { path: paths.templates.path, element: <TemplatesRoute /> },
      { path: paths.escalations.path, element: <EscalationsRoute /> },
      { path: paths.escalation.path, element: <EscalationRoute /> },
      { path: paths.webhooks.path, element: <WebhooksRoute /> },
      { path: paths.dashboard.path, element: <DashboardRoute /> },
      { path: paths.reports.path, element: <ReportsRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
