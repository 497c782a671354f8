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

/** The three lines the notes keep under Dive Deep, in their order. */
const DIVE_DEEP_LINES = [
  '트러블 슈팅할 때 최대한 DeepDive 하게 -> lg화학에서 사용하던 사내 프레임워크 코어 소스를 달라고 하여 설정이 잘 못된 부분 확인 !',
  '기존에 잘 운영되던 어플리케이션에서 컨테이너로 소스를 전환하자 문제가 발생 os가 windows -> linux로 전환되면서 설정 파일을 읽을 때 순서가 잘 못되었던 것!',
  '최종적으로는 설정의 문제도 있었지만, 소스의 문제가 있을 수 있었고 해당 내용을 내부 팀에게 전달하여 원인 파악과 해결방법을 같이 전달해준 적 !',
];

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

  it('has the ten expected questions of the notes, numbered as there, the prompts written so far kept', () => {
    expect(bundle.questions.map((q) => q.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const prompt = (order: number) => bundle.questions.find((q) => q.order === order)?.prompt.ko;
    expect(prompt(1)).toBe('왜 아마존에 입사하고 싶은가요?');
    expect(prompt(3)).toBe('경험해본 어려운 일들?');
    expect(prompt(10)).toBe('내 장점? 단점?');
    // Question 5 is blank in the notes: it exists as a question to write, whatever it later says.
    expect(bundle.questions.find((q) => q.order === 5)?.id).toBe('question-5');
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

  it("keeps the user's words as written", () => {
    const story = (id: string) => bundle.stories.find((s) => s.id === id);
    expect(story('mydata-rescue')?.star.task).toContain('가트너에서');
    expect(story('openstack-service-ownership')?.star.result).toContain('현재');
    expect(story('india-gst')?.star.situation).toContain('3년차 사원 때 선배들은 모두 출장을 반대하는 상황에서');
    expect(bundle.principles.find((p) => p.id === 'customer-obsession')?.notes).toContain('고객 집착의 경험 신뢰를 쌓기 위해 했던 것들.');
  });

  it("carries Dive Deep's three lines into the principle's notes, in the order written", () => {
    const notes = bundle.principles.find((p) => p.id === 'dive-deep')?.notes ?? '';
    const positions = DIVE_DEEP_LINES.map((line) => notes.indexOf(line));
    for (const [i, at] of positions.entries()) expect(at, DIVE_DEEP_LINES[i]).toBeGreaterThanOrEqual(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('keeps the Dive Deep story draft in the order written, its title and STAR labels marked as suggestions', () => {
    const story = bundle.stories.find((s) => s.id === 'framework-config-order');
    expect(story?.title).toMatch(/^\(제안\)/);
    const notes = story?.notes ?? '';
    const positions = DIVE_DEEP_LINES.map((line) => notes.indexOf(line));
    for (const at of positions) expect(at).toBeGreaterThanOrEqual(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(notes.match(/제안: (Situation|Task|Action|Result)/g)?.length).toBe(3);
  });

  it('places the "1) 단점" label above the weakness paragraph of the strengths and weaknesses draft', () => {
    const draft = bundle.questions.find((q) => q.id === 'strengths-and-weaknesses')?.draft ?? '';
    const label = draft.indexOf('1) 단점');
    expect(label).toBeGreaterThan(draft.indexOf('데브온 프레임이라고 하는 사내 프레임워크'));
    expect(label).toBeLessThan(draft.indexOf('저는 스스로를 슬로우 스타터라고 생각하는데'));
  });

  it('gives every principle an interview prompt in both languages', () => {
    for (const p of bundle.principles) {
      expect(p.prompt?.en, p.id).toMatch(/^Tell me about a time /);
      expect(p.prompt?.ko, p.id).toMatch(/말씀해 주세요\.$/);
    }
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
    expect(bundle.guides.map((g) => g.id)).toEqual(['interview-process', 'second-round-tips', 'star-method']);
    const star = bundle.guides.find((g) => g.id === 'star-method');
    expect(star?.title.en).toBeTruthy();
    expect(star?.title.ko).toMatch(/[가-힣]/);
    expect(star?.body).toMatch(/## English/);
    expect(star?.sources.some((url) => url.startsWith('https://www.amazon.jobs/'))).toBe(true);
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
    'eks-troubleshooting': 12,
    autoscaling: 12,
    'ecs-fargate': 12,
    'vpc-connectivity': 12,
    observability: 12,
    'load-balancers': 12,
    'kubernetes-architecture': 12,
    'eks-storage': 12,
    'tcp-ip-url': 12,
    'linux-systems': 12,
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

  it('cites sources, has tags and at least 12 cards on every topic', () => {
    for (const topic of bundle.topics) {
      expect(topic.sources.length, `${topic.id} sources`).toBeGreaterThan(0);
      for (const url of topic.sources) expect(url, `${topic.id} source`).toMatch(/^https:\/\//);
      expect(topic.tags.length, `${topic.id} tags`).toBeGreaterThan(0);
      expect(topic.cards.length, `${topic.id} cards`).toBeGreaterThanOrEqual(12);
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

  it('ships a bank of at least 12 standard follow-ups, each asked in Korean and English, in one order', () => {
    expect(bundle.followUps.length).toBeGreaterThanOrEqual(12);
    expect(bundle.followUps.map((f) => f.order)).toEqual(bundle.followUps.map((_, i) => i + 1));
    for (const f of bundle.followUps) {
      expect(f.prompt.en, f.id).toMatch(/\?$/);
      expect(f.prompt.ko, f.id).toMatch(/[가-힣].*\?$/);
      expect(f.sources.length, `${f.id} sources`).toBeGreaterThan(0);
    }
    // The ones the mock promises: own part, measuring, what went wrong, differently, disagreement, trade-offs, scale.
    for (const id of ['own-part', 'measure-result', 'what-went-wrong', 'do-differently', 'who-disagreed', 'trade-offs', 'ten-times-scale']) {
      expect(bundle.followUps.map((f) => f.id)).toContain(id);
    }
  });
});
