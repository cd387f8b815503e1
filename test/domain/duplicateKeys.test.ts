import { expect } from 'chai';
import { duplicateKey } from '../../bot/domain/knowledge/duplicateKeys';
import { table } from './understanding/fixture';

describe('duplicateKey: a key given twice in one JSON object (JSON.parse keeps only the last)', () => {
  table<string | undefined>([
    ['{"a": 1, "b": 2}', undefined],
    ['{"a": {"x": 1}, "b": {"x": 2}}', undefined],
    ['[{"id": 1}, {"id": 2}]', undefined],
    ['{"s": "a \\"quoted\\" , {text}", "t": "a,b"}', undefined],
    ['{"a": 1, "a": 2}', '/a'],
    ['{"cues": {"pastJob": ["x"], "origin": [], "pastJob": ["y"]}}', '/cues/pastJob'],
    ['{"list": [1, {"k": 1, "k": 2}]}', '/list/1/k'],
    ['{"a/b": 1, "a/b": 2}', '/a~1b'],
  ], (text, want) => {
    expect(duplicateKey(text)).to.equal(want);
  }, (text, want) => `when the JSON is ${text}, then ${want ?? 'no key'} is reported`);
});
