// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRINCIPLE_IDS, STAR_SECTIONS } from '../../../src/domain/content.ts';
import { topicCardId } from '../../../src/domain/ids.ts';
import { buildContent } from '../../../src/node/build-content.ts';
import { readContentDir } from '../../../src/node/content-plugin.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const files = readContentDir(root, 'content');
const { bundle } = buildContent(files);

describe('the real content/', () => {
  it('has the 16 Leadership Principles with the agreed ids, in order, both languages', () => {
    expect(bundle.principles.map((p) => p.id)).toEqual([...PRINCIPLE_IDS]);
    expect(bundle.principles.map((p) => p.order)).toEqual(PRINCIPLE_IDS.map((_, i) => i + 1));
    for (const p of bundle.principles) {
      expect(p.title.en.length, p.id).toBeGreaterThan(0);
      expect(p.title.ko, p.id).toMatch(/[가-힣]/);
      expect(p.statement.en, p.id).toMatch(/^[A-Z]/);
      expect(p.statement.ko, p.id).toMatch(/[가-힣]/);
    }
  });

  it("keeps the official English statements and the user's own Korean translation", () => {
    const byId = new Map(bundle.principles.map((p) => [p.id, p]));
    expect(byId.get('customer-obsession')?.statement.en).toBe(
      'Leaders start with the customer and work backwards. They work vigorously to earn and keep customer trust. Although leaders pay attention to competitors, they obsess over customers.',
    );
    expect(byId.get('are-right-a-lot')?.statement.ko).toBe(
      '리더는 대부분 옳은 판단을 해야한다. 리더는 강한 판단력과 좋은 통찰력을 가지고 있다. 다양한 사고방식을 추구하고, 자신의 생각을 반증하는 데 거리낌이 없어야 한다.',
    );
  });

  it('has the nine expected questions, each with a Korean prompt; 6, 7 and 8 stay unanswered prompts', () => {
    expect(bundle.questions).toHaveLength(9);
    expect(bundle.questions.map((q) => q.order)).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10]);
    for (const q of bundle.questions) expect(q.prompt.ko ?? '', q.id).toMatch(/[가-힣]/);
    const unanswered = bundle.questions.filter((q) => q.keyPoints === '' && q.draft === '').map((q) => q.order);
    expect(unanswered).toEqual([6, 7, 8]);
  });

  it('has every STAR story of the notes, with all four sections (empty allowed)', () => {
    const ids = bundle.stories.map((s) => s.id);
    for (const id of ['india-gst', 'mydata-rescue', 'mydata-error-alerting', 'openstack-service-ownership', 'framework-config-order', 'load-test-pod-growth']) {
      expect(ids).toContain(id);
    }
    for (const story of bundle.stories) {
      expect(Object.keys(story.star)).toEqual([...STAR_SECTIONS]);
      for (const source of files.filter((f) => f.file === `content/stories/${story.id}.md`)) {
        expect(source.source.match(/^## (Situation|Task|Action|Result)$/gm), story.id).toEqual(['## Situation', '## Task', '## Action', '## Result']);
      }
    }
  });

  it("keeps the user's words and gaps as written", () => {
    const story = (id: string) => bundle.stories.find((s) => s.id === id);
    expect(story('mydata-rescue')?.star.task).toBe('가트너에서');
    expect(story('mydata-rescue')?.star.action).toBe('');
    expect(story('openstack-service-ownership')?.star.result).toBe('현재');
    expect(story('india-gst')?.star.situation).toContain('3년차 사원 때 선배들은 모두 출장을 반대하는 상황에서');
    expect(bundle.principles.find((p) => p.id === 'customer-obsession')?.notes).toContain('고객 집착의 경험 신뢰를 쌓기 위해 했던 것들.');
  });

  it('resolves every reference and links each story to at least one principle', () => {
    const principleIds = new Set(bundle.principles.map((p) => p.id));
    const storyIds = new Set(bundle.stories.map((s) => s.id));
    for (const s of bundle.stories) {
      expect(s.principles.length, s.id).toBeGreaterThan(0);
      for (const p of s.principles) expect(principleIds.has(p)).toBe(true);
    }
    for (const q of bundle.questions) {
      for (const p of q.principles) expect(principleIds.has(p)).toBe(true);
      for (const s of q.stories) expect(storyIds.has(s)).toBe(true);
    }
  });

  it('has the first-round topics the notes name, and the guides', () => {
    const topics = bundle.topics.map((t) => t.id);
    for (const id of ['docker', 'pki', 'tokens', 'oauth2', 'jwt', 'kubernetes-authentication', 'deployment-strategies', 'affinity', 'selectors']) {
      expect(topics).toContain(id);
    }
    expect(bundle.guides.map((g) => g.id)).toEqual(['interview-process', 'second-round-tips']);
    const process = readFileSync(path.join(root, 'content/guides/interview-process.md'), 'utf8');
    expect(process).toContain('1차 면접: Docker, PKI, Token, Oauth2.0, JWT, Kubernetes 인증, 배포전략, Affinity, Selector,  등등');
  });
});

describe('first-round topics', () => {
  const MINIMUM: Record<string, number> = {
    docker: 8,
    pki: 8,
    tokens: 8,
    oauth2: 12,
    jwt: 12,
    'kubernetes-authentication': 12,
    'deployment-strategies': 8,
    affinity: 8,
    selectors: 8,
    'linux-network-troubleshooting': 8,
    'dns-http': 8,
    'aws-iam': 8,
    'kubernetes-networking': 8,
  };

  it('covers every topic with notes, primary sources and at least its minimum of cards', () => {
    const byId = new Map(bundle.topics.map((t) => [t.id, t]));
    for (const [id, minimum] of Object.entries(MINIMUM)) {
      const topic = byId.get(id);
      expect(topic, id).toBeDefined();
      expect(topic?.notes.length, `${id} notes`).toBeGreaterThan(1500);
      expect(topic?.notes, `${id} notes are Korean prose`).toMatch(/[가-힣]{2,}/);
      expect(topic?.sources.length, `${id} sources`).toBeGreaterThan(0);
      expect(topic?.cards.length, `${id} cards`).toBeGreaterThanOrEqual(minimum);
    }
  });

  it('gives every card a unique, stable id derived from its topic and question', () => {
    const ids = bundle.topics.flatMap((t) => t.cards.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const topic of bundle.topics) {
      for (const card of topic.cards) expect(card.id).toBe(topicCardId(topic.id, card.question));
    }
  });

  it('cites the RFCs behind OAuth 2.0 and JWT', () => {
    const sources = (id: string) => bundle.topics.find((t) => t.id === id)?.sources.join(' ') ?? '';
    for (const rfc of ['6749', '6750', '7636', '9700']) expect(sources('oauth2')).toContain(rfc);
    for (const rfc of ['7519', '7515', '7516', '8725']) expect(sources('jwt')).toContain(rfc);
  });
});
