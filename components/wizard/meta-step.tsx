'use client';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { metaFormatProblem } from '@/lib/report/checks/meta-formats';
import { generatePreface } from '@/lib/report/preface';
import type { DraftReport } from '@/lib/report/file/schema';
import { AGENCY_KIND_LABELS, PREFACE_LABEL, SCOPE_LABEL, SCOPE_LABELS, deadlineLabel, fieldLabel } from '@/lib/report/template/sections';
import { REQUIRED_MARK } from './field-label';
import { TextField } from './text-field';
import { cleanTypedText } from '@/components/ui/typed-text';
import { fieldId, useWizard } from './wizard-context';
import { YearField } from './year-field';

const format = (path: string) => (value: string) => metaFormatProblem(path, value);

function AgencyKind() {
  const { register } = useFormContext<DraftReport>();
  const { readOnly } = useWizard();
  return (
    <fieldset>
      <legend className="font-medium">{fieldLabel('meta.agencyKind')}</legend>
      <div className="mt-1 flex gap-6">
        {(Object.keys(AGENCY_KIND_LABELS) as (keyof typeof AGENCY_KIND_LABELS)[]).map((kind) => (
          <label key={kind} className="flex items-center gap-2">
            <input type="radio" value={kind} disabled={readOnly} {...register('meta.agencyKind')} />
            {AGENCY_KIND_LABELS[kind]}
          </label>
        ))}
      </div>
      <p className="mt-1 text-sm text-stone-600">{AGENCY_KIND_LABELS.government}的报告应于{deadlineLabel('government')}前公布，并须报告工作考核、社会评议和责任追究结果；{AGENCY_KIND_LABELS.department}应于{deadlineLabel('department')}前公布。</p>
    </fieldset>
  );
}

/** 统计范围: whose figures the tables hold; printed in the preface's sentence on the period. */
function Scope() {
  // Controlled, not registered: a registered radio group with none checked reads as null from the
  // page, which is no 统计范围 the report file knows (absent is the agency's own), and every save failed.
  const { field } = useController<DraftReport, 'meta.scope'>({ name: 'meta.scope' });
  const { readOnly } = useWizard();
  return (
    <fieldset aria-describedby="meta-scope-hint">
      <legend className="font-medium">{SCOPE_LABEL}</legend>
      <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
        {(Object.keys(SCOPE_LABELS) as (keyof typeof SCOPE_LABELS)[]).map((scope) => (
          <label key={scope} className="flex items-center gap-2">
            <input
              type="radio"
              name={field.name}
              value={scope}
              checked={field.value === scope}
              onChange={() => field.onChange(scope)}
              onBlur={field.onBlur}
              disabled={readOnly}
            />
            {SCOPE_LABELS[scope]}
          </label>
        ))}
      </div>
      <p id="meta-scope-hint" className="mt-1 text-sm text-stone-600">
        表格中的数字统计了谁：只是{SCOPE_LABELS.agency}，还是汇总了所属部门或本行政区域各机关的数字（如由“汇总与核查”新建的人民政府报告）。选择后写入前言。
      </p>
    </fieldset>
  );
}

function Preface() {
  const { setValue } = useFormContext<DraftReport>();
  const { readOnly } = useWizard();
  const [meta, preface] = useWatch<DraftReport, ['meta', 'preface']>({ name: ['meta', 'preface'] });
  const generated = generatePreface(meta);
  const id = fieldId('preface');
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {PREFACE_LABEL}
      </label>
      <p id={`${id}-hint`} className="mt-0.5 text-sm text-stone-600">
        {preface === undefined ? '根据上面填写的信息自动生成，可直接修改。' : '已改为自拟的前言。'}
      </p>
      <textarea
        id={id}
        rows={6}
        readOnly={readOnly}
        aria-describedby={`${id}-hint`}
        className="mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5"
        value={preface ?? generated}
        onChange={(event) => setValue('preface', cleanTypedText(event.target), { shouldDirty: true })}
      />
      {preface !== undefined ? (
        <button
          type="button"
          disabled={readOnly}
          className="mt-2 rounded border border-stone-500 bg-white px-3 py-1 text-sm hover:bg-stone-100"
          onClick={() => setValue('preface', undefined, { shouldDirty: true })}
        >
          恢复自动生成的前言
        </button>
      ) : null}
    </div>
  );
}

export function MetaStep() {
  return (
    <div className="grid max-w-3xl gap-5 sm:grid-cols-2">
      <p className="text-sm text-stone-600 sm:col-span-2">标有“{REQUIRED_MARK}”的两项必须填写，其余各项用于生成前言中的联系方式，可按上年报告填写。</p>
      <TextField path="meta.agency" label={fieldLabel('meta.agency')} hint="与公章一致的全称，如“某某县司法局”。" className="sm:col-span-2" required />
      <div className="sm:col-span-2">
        <AgencyKind />
      </div>
      <div className="sm:col-span-2">
        <Scope />
      </div>
      <YearField />
      <TextField path="meta.issuedOn" label={fieldLabel('meta.issuedOn')} type="date" validate={format('meta.issuedOn')} />
      <TextField path="meta.website.name" label={fieldLabel('meta.website.name')} />
      <TextField path="meta.website.url" label={fieldLabel('meta.website.url')} type="url" validate={format('meta.website.url')} />
      <TextField path="meta.contact.unit" label={fieldLabel('meta.contact.unit')} />
      <TextField path="meta.contact.address" label={fieldLabel('meta.contact.address')} />
      <TextField path="meta.contact.postcode" label={fieldLabel('meta.contact.postcode')} validate={format('meta.contact.postcode')} />
      <TextField path="meta.contact.phone" label={fieldLabel('meta.contact.phone')} type="tel" validate={format('meta.contact.phone')} />
      <TextField path="meta.contact.fax" label={fieldLabel('meta.contact.fax')} type="tel" validate={format('meta.contact.fax')} />
      <TextField path="meta.contact.email" label={fieldLabel('meta.contact.email')} type="email" validate={format('meta.contact.email')} />
      <div className="sm:col-span-2">
        <Preface />
      </div>
    </div>
  );
}
