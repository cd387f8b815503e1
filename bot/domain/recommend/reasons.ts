/**
 * Why an item was recommended, as codes the outer layer turns into sentences (`recommend.reason.<code>`).
 * They are also the `reasons` of the `orientation.recommendations` trace, so they are part of the contract.
 */
export type ReasonCode =
  | 'interest'        // matches the field the user chose
  | 'search'          // matches the words the user typed ("Python")
  | 'level'           // fits their qualification level
  | 'basics-first'    // a basic module before more advanced courses
  | 'time'            // can be finished in a few weeks at their pace
  | 'language'        // taught in their language
  | 'other-language'  // NOT taught in their language: said plainly
  | 'certification'   // leads to a certificate, and they want one
  | 'free'            // free for jobseekers in their region
  | 'smartphone'      // can be followed on a phone
  | 'inclusion-first' // support comes first: no equipment or no digital skills yet
  | 'near-you'        // a support service in their region
  | 'device'          // helps get a computer or internet access
  | 'goal';           // serves their goal (find a job, start a business...)

export interface Reason {
  code: ReasonCode;
  params?: Record<string, string | number>;
}

export interface RecommendationItem {
  id: string;
  kind: 'course' | 'support';
  topics: string[];
  score: number;
  reasons: Reason[];
}
