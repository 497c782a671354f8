import type { StateCreator } from 'zustand';
import { consistentMockSettings, EMPTY_MOCK_DATA, type MockData, type MockSession, type MockSettings } from '@/domain/mock-data';
import { setRecord } from './records';

export interface MockSlice {
  /** Persisted: the mock interview's settings and its history of sessions. */
  mock: MockData;
  /** Stores a session as it stands (after each question, and at its end). */
  saveMockSession: (id: string, session: MockSession) => void;
  deleteMockSession: (id: string) => void;
  setMockSettings: (patch: Partial<MockSettings>) => void;
}

export const createMockSlice: StateCreator<MockSlice, [], [], MockSlice> = (set) => ({
  mock: EMPTY_MOCK_DATA,
  saveMockSession: (id, session) => set((s) => ({ mock: { ...s.mock, sessions: setRecord(s.mock.sessions, id, session) } })),
  deleteMockSession: (id) => set((s) => ({ mock: { ...s.mock, sessions: setRecord(s.mock.sessions, id, undefined) } })),
  setMockSettings: (patch) => set((s) => ({ mock: { ...s.mock, settings: consistentMockSettings({ ...s.mock.settings, ...patch }) } })),
});
