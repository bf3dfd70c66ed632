import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ClaimCustomerDocument, ReleaseCustomerDocument } from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';

const AFFECTED = ['customers', 'poolStatus'];

/** Lists and the pool status change, and so does the customer's timeline (it gains the claim or release). */
function refresh(cache: ApolloCache, id: string) {
  cache.evict({ id: cache.identify({ __typename: 'Customer', id }), fieldName: 'timeline' });
  evictRootFields(cache, AFFECTED);
}

/** Claim from / release to the pool (公海), with feedback. Resolves to true on success. */
export function usePoolActions() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [claimMutation, claimState] = useMutation(ClaimCustomerDocument);
  const [releaseMutation, releaseState] = useMutation(ReleaseCustomerDocument);

  const run = async (action: () => Promise<unknown>, success: string) => {
    try {
      await action();
      notifications.show({ color: 'teal', message: success });
      return true;
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.actionFailed'), message: errorMessage(error) });
      return false;
    }
  };

  return {
    claim: (id: string, name: string) =>
      run(
        () => claimMutation({ variables: { id }, update: (cache) => refresh(cache, id) }),
        t('pool.notify.claimed', { name }),
      ),
    release: (id: string, name: string) =>
      run(
        () => releaseMutation({ variables: { id }, update: (cache) => refresh(cache, id) }),
        t('pool.notify.released', { name }),
      ),
    claiming: claimState.loading,
    releasing: releaseState.loading,
  };
}
