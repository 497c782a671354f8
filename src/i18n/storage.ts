import type { Catalogue } from './types';

/** Words for the save state and the storage notices shown on every page. */
const en = {
  save: {
    saving: 'Saving…',
    saved: 'Saved',
    error: 'Not saved: see the message above',
    blocked: 'Not saved yet: see the message above',
  },
  unreadable: {
    title: 'Your saved data could not be read',
    kept: 'It is kept unchanged in this browser (under “{{key}}”), and nothing will be written over it until you choose to start fresh.',
    notKept:
      'It could not be copied (the storage is full), so it stays where it was, and nothing will be written over it until you choose to start fresh. Download it first.',
    meanwhile: 'Until then, what you change stays in this tab only.',
    reason: 'What is wrong with it',
    download: 'Download the unreadable data',
    startFresh: 'Start fresh',
    startFreshAnyway: 'Start fresh without a copy',
    noCopyWarning: 'There is no copy of the unreadable data in this browser: starting fresh writes over it. Download it first if you may need it.',
    resolved: 'Saving works again. The data that could not be read is still kept in this browser; Settings lists it for download.',
    dismiss: 'Dismiss',
  },
  writeError: {
    title: 'Your latest changes could not be saved',
    quota: 'The browser’s storage for this site is full.',
    denied: 'This browser does not allow this site to store data (private mode or a blocked-storage setting).',
    other: 'The browser refused to store them: {{message}}',
    kept: 'Nothing is lost while this tab stays open: download a backup to keep your work.',
    download: 'Download a backup',
    retry: 'Try saving again',
  },
  otherTab: {
    title: 'Another tab saved data this tab cannot read',
    body: 'It was probably saved by a newer version of Loop Prep. This tab stopped saving so that it does not overwrite it. Reload this tab; download a backup first if you changed something here.',
    reload: 'Reload this tab',
  },
  conflict: {
    title: '“{{name}}” was changed in another tab while you had unsaved changes here',
    body: 'This tab kept its own version. Choose which one to keep.',
    mine: 'Keep this tab’s version',
    theirs: 'Use the other tab’s version',
    untitledStory: 'Untitled story',
    unnamed: 'An entry of yours',
  },
} as const;

export const storageText: Catalogue<typeof en> = {
  en,
  ko: {
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
    conflict: {
      title: '이 탭에 저장되지 않은 변경이 있는 동안 다른 탭에서 “{{name}}”이(가) 바뀌었습니다',
      body: '이 탭은 자기 버전을 유지했습니다. 어느 쪽을 남길지 고르세요.',
      mine: '이 탭의 버전 유지',
      theirs: '다른 탭의 버전 사용',
      untitledStory: '제목 없는 스토리',
      unnamed: '내 기록 하나',
    },
  },
};
