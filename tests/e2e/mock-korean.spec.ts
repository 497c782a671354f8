import { answerWav, expectNoAxeViolations, KOREAN_ANSWER, microphone, report, storedFigures } from './mock-helpers';
import { expect, openIn, test } from './fixtures';

/** The mock interview in Korean on a phone, with a fake microphone speaking a Korean answer (espeak-ng). */
const korean = answerWav('korean', KOREAN_ANSWER);

test.use(microphone(korean.file));

test('in Korean at 390 px by touch: recording, figures, summary; axe before, during and after', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  await openIn(page, '/mock', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('모의 면접');
  await expectNoAxeViolations(page, 'before, in Korean');
  await page.getByRole('switch', { name: '내 답변 녹음하기' }).check();
  await page.getByRole('combobox', { name: '질문 수' }).selectOption('1');
  await page.getByRole('button', { name: '모의 면접 시작하기' }).click();
  await page.getByRole('button', { name: '시작' }).click();
  await expect(page.getByRole('timer')).toHaveText(/^1:5\d$/, { timeout: 10_000 });
  await page.getByRole('button', { name: '메모 엿보기' }).click();
  await expect(page.getByRole('region', { name: '내 메모' })).toBeVisible();
  await expectNoAxeViolations(page, 'during an answer, in Korean');
  await page.waitForTimeout(korean.truth.duration * 1000 + 1500);
  await page.getByRole('button', { name: '멈추기' }).click();
  await expect(page.getByText('말한 시간', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('멈춤', { exact: true })).toBeVisible();
  await expect(page.getByText('말 속도', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '좋음' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '모의 면접 완료' })).toBeVisible();
  await expect(page.getByText('엿봄', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'after, in Korean');
  report('Korean', await storedFigures(page), korean.truth);
});
