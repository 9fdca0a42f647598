import { Select } from 'antd';
import { useSearchParams } from 'react-router';

/** The options of a list filter, from the labels of the server's values. */
export function optionsOf(labels: Record<string, string>) {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** One filter of a list, kept in the page's address (`?name=value`), so a link (the
 * workbench's to-do, a bookmark) opens the same list. */
export function FilterSelect({
  name,
  placeholder,
  options,
  width = 140,
}: {
  name: string;
  placeholder: string;
  options: { value: string; label: string }[];
  width?: number;
}) {
  const [params, setParams] = useSearchParams();
  return (
    <Select
      allowClear
      placeholder={placeholder}
      aria-label={`按${placeholder}筛选`}
      style={{ width }}
      value={params.get(name) ?? undefined}
      options={options}
      onChange={(value?: string) => {
        const next = new URLSearchParams(params);
        if (value) next.set(name, value);
        else next.delete(name);
        setParams(next, { replace: true });
      }}
    />
  );
}
