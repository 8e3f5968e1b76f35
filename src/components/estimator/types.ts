/** Plain data the wrapper passes to the island (types only: no zod reaches the client). */
export type { EstimatorCopy, EstimatorLayer, EstimatorTarget } from '../../schemas/estimator';
