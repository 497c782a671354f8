import type { Catalogue } from './types';
import type { en } from './recordings';

/** The recordings words in Korean: exactly the keys of the English ones (./recordings.ts), checked by the type. */
export const ko: Catalogue<typeof en>['ko'] = {
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
