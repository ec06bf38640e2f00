import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { CreateTicketForm } from '@/features/tickets/components/create-ticket-form';

export function NewTicketRoute() {
  const navigate = useNavigate();
  return <CreateTicketForm onCreated={() => void navigate(paths.queue.getHref())} />;
}
