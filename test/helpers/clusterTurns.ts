import { expect } from 'chai';
import type { Conversation, TurnResult } from './testApp';

/** One English answer per question, for whole orientations across several instances (region Luxembourg). */
export const CLUSTER_ANSWERS: Record<string, string> = {
  goal: 'I need to find a job', interest: 'websites', qualification: 'A levels', digitalSkills: "I'm ok with computers",
  equipment: 'a laptop and internet at home', availability: 'two hours a day', region: 'Luxembourg',
};

/** Posts until the answer is not "busy, retry" (a 503 or a 502 of a cut connection), re-sending the same activity id. */
export async function untilAnswered(send: () => Promise<TurnResult>, tries = 10): Promise<TurnResult> {
  for (let i = 0; ; i++) {
    const result = await send().catch(() => ({ status: 599 }) as TurnResult);
    if (![502, 503, 599].includes(result.status) || i >= tries) return result;
    await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 300));
  }
}

/**
 * Joins and answers each question asked with {@link CLUSTER_ANSWERS} until recommendations come, asserting that no
 * question is asked twice (an answer lost between instances would be asked again) and that recommendations and
 * the stated profile arrive. Resolves with the questions asked, in order.
 */
export async function answerEachQuestionOnce(user: Conversation): Promise<string[]> {
  let last = await untilAnswered(() => user.join());
  const asked: string[] = [];
  for (let turn = 0; turn < 10 && !last.recommendations; turn++) {
    const slot = last.asks.at(-1)!;
    expect(asked, `"${slot}" asked again: an answer was lost`).to.not.include(slot);
    asked.push(slot);
    last = await untilAnswered(() => user.say(CLUSTER_ANSWERS[slot]));
    expect(last.status).to.equal(200);
  }
  expect(last.recommendations, 'recommendations after every question was answered once').to.not.equal(undefined);
  expect(user.lastProfile).to.include({ goal: 'find-job', region: 'LU', equipment: 'computer-and-internet' });
  return asked;
}
