'use client';
import { useController, useWatch } from 'react-hook-form';
import { feeStatement } from '@/lib/report/fee-statement';
import type { DraftReport } from '@/lib/report/file/schema';
import { FEE_HEADING, OTHER_PARTS, fieldLabel } from '@/lib/report/template/sections';
import { CellInput } from '@/components/table/cell-input';
import { ProseStep } from './prose-step';
import { TextField } from './text-field';
import { fieldId, useWizard } from './wizard-context';


function Charged() {
  const { readOnly } = useWizard();
  const {
    field: { value, onChange },
  } = useController<DraftReport, 'other.fees.charged'>({ name: 'other.fees.charged' });
  const choices = [
    { value: false, text: '未收取信息处理费' },
    { value: true, text: '收取了信息处理费' },
  ];
  return (
    <fieldset id={fieldId('other.fees.charged')} tabIndex={-1}>
      <legend className="font-medium">{fieldLabel('other.fees.charged')}</legend>
      <div className="mt-1 flex flex-wrap gap-6">
        {choices.map((choice) => (
          <label key={String(choice.value)} className="flex items-center gap-2">
            <input
              type="radio"
              name="other.fees.charged"
              disabled={readOnly}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            {choice.text}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Fees() {
  const fees = useWatch<DraftReport, 'other.fees'>({ name: 'other.fees' });
  const statement = feeStatement(fees);
  return (
    <section aria-labelledby="fee-heading" className="rounded border border-stone-300 bg-white p-4">
      <h2 id="fee-heading" className="text-lg font-semibold">
        {FEE_HEADING}
      </h2>
      <p className="mt-1 text-sm text-stone-600">
        按《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），收费情况须在年度报告中说明；没有收取也要写明。
      </p>
      <div className="mt-3 space-y-4">
        <Charged />
        {fees.charged ? (
          <div className="flex flex-wrap gap-6">
            <label className="block">
              <span className="block font-medium">{fieldLabel('other.fees.cases')}</span>
              <CellInput path="other.fees.cases" name={fieldLabel('other.fees.cases')} valueKind="count" className="mt-1 w-28 text-right" />
            </label>
            <label className="block">
              <span className="block font-medium">{fieldLabel('other.fees.amountYuan')}</span>
              <CellInput path="other.fees.amountYuan" name={fieldLabel('other.fees.amountYuan')} valueKind="yuan" className="mt-1 w-36 text-right" />
            </label>
          </div>
        ) : null}
        <TextField path="other.fees.note" label={fieldLabel('other.fees.note')} hint="可选，将接在下面的说明之后。" multiline />
        <p className="text-sm">
          <span className="text-stone-600">报告中将写作：</span>
          <span aria-live="polite">{statement || '（尚未选择是否收取）'}</span>
        </p>
      </div>
    </section>
  );
}

export function OtherStep() {
  return (
    <div className="space-y-6">
      <Fees />
      <ProseStep intro="以下各项如实填写；没有内容的项目可以不写，导出的报告中将省略该项。" parts={OTHER_PARTS} />
    </div>
  );
}
