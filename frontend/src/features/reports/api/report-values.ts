// Straight from the generated contract (the lib/api barrel does not carry every enum): a value
// added to the contract is offered, and the locale test fails until it is labelled.
export { levelValues, metricValues, problemCategoryValues, reportGroupingValues } from '@/lib/api/generated/schema';
