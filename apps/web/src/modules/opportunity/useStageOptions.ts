import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { PipelineStagesDocument } from '@panorama/schema';

/** The pipeline (active stages, or all) as stages and as select options. */
export function useStageOptions(includeInactive = false) {
  const { data, loading, error } = useQuery(PipelineStagesDocument, { variables: { includeInactive } });
  return useMemo(() => {
    const stages = data?.pipelineStages ?? [];
    return { stages, loading, error, options: stages.map((s) => ({ value: s.id, label: s.name })) };
  }, [data, loading, error]);
}
