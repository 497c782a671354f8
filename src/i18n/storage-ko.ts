import type { Catalogue } from './types';
import type { en } from './storage';

/** The save state and storage notices in Korean: exactly the keys of the English ones (./storage.ts), checked by the type. */
export const ko: Catalogue<typeof en>['ko'] = {
  save: {
    saving: '저장 중…',
    saved: '저장됨',
    error: '저장되지 않음: 위의 안내를 보세요',
    blocked: '아직 저장되지 않음: 위의 안내를 보세요',
  },
  unreadable: {
    title: '저장된 데이터를 읽을 수 없습니다',
    kept: '이 데이터는 이 브라우저에 그대로 보관되어 있습니다(“{{key}}”). 새로 시작하기를 고르기 전에는 그 위에 아무것도 쓰지 않습니다.',
    notKept:
      '저장 공간이 가득 차서 복사본을 만들지 못했습니다. 데이터는 원래 자리에 그대로 있고, 새로 시작하기를 고르기 전에는 그 위에 아무것도 쓰지 않습니다. 먼저 내려받아 두세요.',
    meanwhile: '그때까지 바꾸는 내용은 이 탭에만 남습니다.',
    reason: '무엇이 문제인지',
    download: '읽을 수 없는 데이터 내려받기',
    startFresh: '새로 시작하기',
    startFreshAnyway: '사본 없이 새로 시작하기',
    noCopyWarning: '이 브라우저에 읽을 수 없는 데이터의 사본이 없습니다. 새로 시작하면 그 위에 덮어씁니다. 필요할 수 있다면 먼저 내려받으세요.',
    resolved: '다시 저장됩니다. 읽을 수 없던 데이터는 이 브라우저에 계속 보관되며, 설정에서 내려받을 수 있습니다.',
    dismiss: '닫기',
  },
  writeError: {
    title: '최근 변경 내용을 저장하지 못했습니다',
    quota: '이 사이트의 브라우저 저장 공간이 가득 찼습니다.',
    denied: '이 브라우저는 이 사이트의 데이터 저장을 허용하지 않습니다(시크릿 모드 또는 저장 차단 설정).',
    other: '브라우저가 저장을 거부했습니다: {{message}}',
    kept: '이 탭을 열어 두는 동안에는 아무것도 사라지지 않습니다. 백업을 내려받아 작업을 지켜 두세요.',
    download: '백업 내려받기',
    retry: '다시 저장하기',
  },
  otherTab: {
    title: '다른 탭이 이 탭에서 읽을 수 없는 데이터를 저장했습니다',
    body: '아마 더 새로운 버전의 Loop Prep이 저장한 것입니다. 덮어쓰지 않도록 이 탭은 저장을 멈췄습니다. 이 탭을 새로고침하세요. 여기서 바꾼 것이 있다면 먼저 백업을 내려받으세요.',
    reload: '이 탭 새로고침',
  },
  partial: {
    title: '저장된 데이터의 일부를 불러오지 못했습니다',
    kept: '나머지는 모두 불러왔습니다. 저장된 데이터는 불러오지 못한 부분까지 이 브라우저에 그대로 보관되어 있습니다(“{{key}}”). 설정에서 내려받을 수 있습니다.',
    notKept: '나머지는 모두 불러왔지만, 저장된 데이터의 사본을 보관할 공간이 없습니다. 고르기 전에는 그 위에 아무것도 쓰지 않습니다. 먼저 내려받아 두세요.',
    what_one: '불러오지 못한 부분',
    what_other: '불러오지 못한 부분({{count}}곳)',
    download: '저장된 데이터 내려받기',
    continue: '빼고 계속하기',
    continueAnyway: '사본 없이 계속하기',
    noCopyWarning: '이 브라우저에 저장된 데이터의 사본이 없습니다. 계속하면 불러오지 못한 부분 없이 그 위에 덮어씁니다. 필요할 수 있다면 먼저 내려받으세요.',
  },
  conflict: {
    title: '두 탭에서 동시에 {{name}}을(를) 바꾸었습니다',
    body_one: '이 탭에는 한 버전이 보입니다. 다른 버전은 고를 때까지 여기에 보관됩니다.',
    body_other: '이 탭에는 한 버전이 보입니다. 다른 버전 {{count}}개는 고를 때까지 여기에 보관됩니다.',
    titleImport: '이 기기와 백업에서 모두 {{name}}을(를) 바꾸었습니다',
    bodyImport_one: '지금 있는 버전을 그대로 두었습니다. 다른 버전은 고를 때까지 여기에 보관됩니다.',
    bodyImport_other: '지금 있는 버전을 그대로 두었습니다. 다른 버전 {{count}}개는 고를 때까지 여기에 보관됩니다.',
    current: '지금 있는 버전',
    deleted: '(삭제됨)',
    from: {
      tab: '다른 탭의 버전({{when}})',
      backup: '백업의 버전({{when}})',
      device: '이 기기의 이전 버전({{when}})',
    },
    use: {
      tab: '다른 탭의 버전 사용',
      backup: '백업의 버전 사용',
      device: '이 기기의 이전 버전 사용',
    },
    useNumbered: '{{label}} ({{n}}/{{total}})',
    empty: '(내용 없음)',
    mine: '이 탭의 버전 유지',
    mineImport: '지금 상태 그대로 두기',
    names: {
      stories: '스토리 “{{title}}”',
      questionDrafts: '“{{title}}”의 답변',
      cards: '카드 “{{title}}”',
      ownQuestions: '내 질문 “{{title}}”',
      principleNotes: '“{{title}}” 원칙 메모',
    },
    untitledStory: '제목 없는 스토리',
    unnamed: '내 기록 하나',
  },
};
