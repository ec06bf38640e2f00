import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { communicationKeys } from './communication-keys';
import type { ForbiddenPhraseList } from './types';

export async function putForbiddenPhrases(client: ApiClient, list: ForbiddenPhraseList): Promise<ForbiddenPhraseList> {
  const { data, error, response } = await client.PUT('/api/v1/forbidden-phrases', { body: list });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

/** Replaces the list; every draft's check depends on it, so open previews are checked again. */
export function usePutForbiddenPhrases() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<ForbiddenPhraseList, ApiError | Error, ForbiddenPhraseList>({
    mutationFn: (list) => putForbiddenPhrases(client, list),
    onSuccess: (stored) => {
      queryClient.setQueryData(communicationKeys.forbiddenPhrases(), stored);
      void queryClient.invalidateQueries({ queryKey: communicationKeys.allPreviews() });
    },
  });
}
