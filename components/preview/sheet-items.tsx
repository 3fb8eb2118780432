// The print model as a list of items to place on pages, and how each item is drawn.
import { Fragment, type ReactNode } from 'react';
import type { PrintBlock, PrintDocument, PrintTable } from '@/lib/export/print-model';

/** `newPage`: starts a page, as the list of problems of a draft does. */
export type SheetItem =
  | (PrintBlock & { newPage?: boolean })
  | { kind: 'title'; lines: readonly [string, string] }
  | { kind: 'closing'; agency: string; date: string };

export function sheetItems(doc: PrintDocument): SheetItem[] {
  return [
    { kind: 'title', lines: doc.title },
    ...doc.blocks,
    { kind: 'closing', agency: doc.closing.agency, date: doc.closing.date },
    ...(doc.draft
      ? [
          { kind: 'heading', level: 1, text: doc.draft.heading, newPage: true } as const,
          ...[doc.draft.summary, ...doc.draft.problems].map((text) => ({ kind: 'paragraph', text }) as const),
        ]
      : []),
  ];
}

function TableRows({ table, from, to }: { table: PrintTable; from: number; to: number }) {
  const header = table.rows.slice(0, table.headerRows);
  const start = Math.max(from, table.headerRows);
  // A slice of the body: a rowspan reaching past the slice is cut at its end, and a merged label
  // begun on an earlier page is drawn again at the top of this one.
  const carried = table.rows.slice(table.headerRows, start).flatMap((row, r) =>
    row.filter((cell) => table.headerRows + r + cell.rowSpan > start).map((cell) => ({ ...cell, rowSpan: table.headerRows + r + cell.rowSpan - start })),
  );
  const body = table.rows.slice(start, to).map((row, r) => (r === 0 ? [...carried, ...row] : row));
  // A label in its printed lines: 「商业」↵「企业」.
  const lines = (cell: PrintTable['rows'][number][number]) => cell.lines.map((line, i) => <Fragment key={i}>{i > 0 ? <br /> : null}{line}</Fragment>);
  const cells = (row: PrintTable['rows'][number], limit: number) =>
    row.map((cell, i) => {
      const rowSpan = Math.min(cell.rowSpan, limit);
      const props = { rowSpan: rowSpan > 1 ? rowSpan : undefined, colSpan: cell.colSpan > 1 ? cell.colSpan : undefined };
      return cell.header ? (
        <th key={i} scope={cell.scope ?? undefined} {...props}>
          {lines(cell)}
        </th>
      ) : (
        <td key={i} {...props}>
          {cell.text}
        </td>
      );
    });
  // Named rather than captioned: nothing hidden by a style is copied along with the page.
  return (
    <table className="nb-table" aria-label={table.caption}>
      <colgroup>
        {table.columnWidths.map((w, i) => (
          <col key={i} style={{ width: `${(w * 100).toFixed(3)}%` }} />
        ))}
      </colgroup>
      {header.length > 0 ? <thead>{header.map((row, r) => <tr key={r}>{cells(row, header.length - r)}</tr>)}</thead> : null}
      <tbody>{body.map((row, r) => <tr key={r}>{cells(row, body.length - r)}</tr>)}</tbody>
    </table>
  );
}

/** Draws an item; for a table, `rows` are body rows [from, to) counted over all rows. */
export function drawItem(item: SheetItem, rows?: readonly [number, number]): ReactNode {
  switch (item.kind) {
    case 'title':
      return (
        <h2 className="nb-title">
          {item.lines[0]}
          <br />
          {item.lines[1]}
        </h2>
      );
    case 'heading':
      return item.level === 1 ? <h3 className="nb-h1">{item.text}</h3> : <h4 className="nb-h2">{item.text}</h4>;
    case 'paragraph':
      return <p>{item.text}</p>;
    case 'table':
      return <TableRows table={item.table} from={rows?.[0] ?? item.table.headerRows} to={rows?.[1] ?? item.table.rows.length} />;
    case 'closing':
      return (
        <div className="nb-closing">
          <p>{item.agency}</p>
          <p>{item.date}</p>
        </div>
      );
  }
}
