import { expect, test } from '@playwright/test';

test('the home page says in Chinese what the app is and lists the six sections', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('年报助手 · 政府信息公开工作年度报告');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('政府信息公开工作年度报告，填得对、算得准、排得好');
  const sections = page.getByRole('region', { name: '报告的六个部分' }).getByRole('listitem');
  await expect(sections).toHaveText([
    '一、总体情况',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    '六、其他需要报告的事项',
  ]);
});

test('the published JSON Schema of the report file is served beside the app', async ({ request }) => {
  const response = await request.get('/schema/report-v1.json');
  expect(response.status()).toBe(200);
  const schema = (await response.json()) as { properties: { format: { const: string } } };
  expect(schema.properties.format.const).toBe('nianbao.report');
});
