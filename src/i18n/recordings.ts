import type { Catalogue } from './types';

/** Words for the recordings of the mock interview, shown in its settings and on the settings page. */
const en = {
  title: 'Recordings',
  keep: 'Keep recordings on this device',
  keepHelp:
    'Off: a recording lasts until you reload or close the page. On: recordings stay in this browser on this device until you delete them. They are never sent anywhere.',
  count_zero: 'No recordings.',
  count_one: '{{count}} recording.',
  count_other: '{{count}} recordings.',
  deleteAll: 'Delete all recordings',
  confirm_one: 'Delete {{count}} recording? This cannot be undone.',
  confirm_other: 'Delete all {{count}} recordings? This cannot be undone.',
  confirmDelete: 'Delete',
  cancel: 'Cancel',
  deleted: 'All recordings deleted.',
  kept_one: '{{count}} recording is now kept on this device.',
  kept_other: '{{count}} recordings are now kept on this device.',
  keptNone: 'New recordings will be kept on this device.',
  released_one: '{{count}} recording is no longer kept: it lasts until you reload the page.',
  released_other: '{{count}} recordings are no longer kept: they last until you reload the page.',
  releasedNone: 'New recordings last until you reload the page.',
  unavailable: 'This browser cannot keep recordings (private browsing, or storage turned off). Recordings last until you reload the page.',
  full: 'There is no room left on this device to keep the recordings. Delete some, or keep recordings off.',
  failed: 'The recordings could not be changed. Try again.',
};

const ko: Catalogue<typeof en>['ko'] = {
  title: '녹음',
  keep: '이 기기에 녹음 보관하기',
  keepHelp: '끄면 녹음은 페이지를 새로 고치거나 닫을 때까지만 남습니다. 켜면 직접 지울 때까지 이 기기의 브라우저에 보관됩니다. 어디로도 전송되지 않습니다.',
  count_zero: '녹음이 없습니다.',
  count_one: '녹음 {{count}}개.',
  count_other: '녹음 {{count}}개.',
  deleteAll: '녹음 모두 삭제',
  confirm_one: '녹음 {{count}}개를 삭제할까요? 되돌릴 수 없습니다.',
  confirm_other: '녹음 {{count}}개를 모두 삭제할까요? 되돌릴 수 없습니다.',
  confirmDelete: '삭제',
  cancel: '취소',
  deleted: '녹음을 모두 삭제했습니다.',
  kept_one: '녹음 {{count}}개를 이제 이 기기에 보관합니다.',
  kept_other: '녹음 {{count}}개를 이제 이 기기에 보관합니다.',
  keptNone: '새 녹음은 이 기기에 보관합니다.',
  released_one: '녹음 {{count}}개를 더 보관하지 않습니다. 페이지를 새로 고치기 전까지만 남습니다.',
  released_other: '녹음 {{count}}개를 더 보관하지 않습니다. 페이지를 새로 고치기 전까지만 남습니다.',
  releasedNone: '새 녹음은 페이지를 새로 고치기 전까지만 남습니다.',
  unavailable: '이 브라우저에서는 녹음을 보관할 수 없습니다(사생활 보호 모드이거나 저장소가 꺼져 있음). 녹음은 페이지를 새로 고치기 전까지만 남습니다.',
  full: '이 기기에 녹음을 보관할 공간이 없습니다. 일부를 지우거나 보관을 끄세요.',
  failed: '녹음을 바꾸지 못했습니다. 다시 시도해 주세요.',
};

export const recordingsText: Catalogue<typeof en> = { en, ko };
