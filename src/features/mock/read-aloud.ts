import { useEffect, useState } from 'react';
import type { Lang } from '@/domain/content';

/**
 * Reading a question aloud with the browser's speech synthesis, only with a voice for the UI
 * language on this device (a local voice where there is one: nothing is sent anywhere by us).
 */
function synthesis(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

function findVoice(lang: Lang): SpeechSynthesisVoice | null {
  const voices = synthesis()?.getVoices() ?? [];
  const ours = voices.filter((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === lang);
  return ours.find((v) => v.localService) ?? ours[0] ?? null;
}

/** The voice for `lang`, or null when the device has none (voices may arrive after the first render). */
export function useVoice(lang: Lang): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(() => findVoice(lang));
  useEffect(() => {
    const speech = synthesis();
    if (!speech) return;
    const update = (): void => setVoice(findVoice(lang));
    update();
    speech.addEventListener?.('voiceschanged', update);
    return () => speech.removeEventListener?.('voiceschanged', update);
  }, [lang]);
  return voice;
}

export function speak(text: string, voice: SpeechSynthesisVoice): void {
  const speech = synthesis();
  if (!speech || typeof SpeechSynthesisUtterance === 'undefined') return;
  speech.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  speech.speak(utterance);
}

export function stopSpeaking(): void {
  synthesis()?.cancel();
}
