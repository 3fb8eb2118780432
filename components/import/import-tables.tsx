// Each table of an import: the cells read out of the numbers the document printed (or out of the
// template's cells when read whole), and the printed rows that were not read, and why.
import type { TableReading } from '@/lib/import/parsed-document';
import { UNREAD_HINT, tableCount, unreadText } from '@/lib/import/recognise/tables/unread';
import { tableById } from '@/lib/report/template/tables';

export function ImportTables({ tables }: { tables: readonly TableReading[] }) {
  const anyUnread = tables.some((t) => t.unread.length > 0);
  return (
    <div>
      <table className="text-sm">
        <caption className="text-left font-medium">表格中找到的数字</caption>
        <tbody>
          {tables.map((t) => {
            const complete = t.printed === null ? t.found === t.total : t.found === t.printed && t.unread.length === 0;
            return (
              <tr key={t.table} className="align-top">
                <th scope="row" className="whitespace-nowrap pr-4 text-left font-normal">
                  {tableById(t.table).shortName}
                </th>
                <td className={complete ? 'text-green-800' : 'text-amber-900'}>
                  {tableCount(t)}
                  {t.unread.length > 0 ? (
                    <ul className="list-disc pl-5 text-stone-800">
                      {t.unread.map((row, i) => (
                        <li key={i}>{unreadText(row)}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {anyUnread ? <p className="mt-1 text-sm">{UNREAD_HINT}</p> : null}
    </div>
  );
}
