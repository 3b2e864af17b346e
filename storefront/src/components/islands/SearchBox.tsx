// The search box of every page. Without JavaScript it is a plain GET form to /search; hydrated, it
// suggests goods, classes, artisans and centers as one types (debounced), as an ARIA 1.2 combobox:
// arrows move through the list, Enter opens the chosen one (or searches), Escape closes it.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

export interface SearchBoxTexts {
  label: string;
  placeholder: string;
  submit: string;
  suggestions: string;
  /** "{count}" is replaced by the number of suggestions */
  found: string;
  kinds: Record<"goods" | "class" | "seller" | "center", string>;
}

interface Props {
  action: string;
  suggestUrl: string;
  value?: string;
  texts: SearchBoxTexts;
}

interface Item {
  kind: "goods" | "class" | "seller" | "center";
  title: string;
  href: string;
}

const DEBOUNCE_MS = 200;

export default function SearchBox({ action, suggestUrl, value = "", texts }: Props) {
  const id = useId().replace(/:/g, "");
  const [q, setQ] = useState(value);
  const [items, setItems] = useState<Item[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const abort = useRef<AbortController | null>(null);
  const typed = useRef(false);

  useEffect(() => {
    if (!typed.current) return;
    const text = q.trim();
    if (text.length < 2) {
      setItems([]);
      setOpen(false);
      return;
    }
    const timer = setTimeout(async () => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      try {
        const res = await fetch(`${suggestUrl}?q=${encodeURIComponent(text)}`, { signal: controller.signal });
        const { suggestions } = (await res.json()) as { suggestions: Item[] };
        setItems(suggestions ?? []);
        setActive(-1);
        setOpen((suggestions ?? []).length > 0);
      } catch {
        // aborted by newer typing, or offline: the form still submits
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q, suggestUrl]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" && items.length) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % items.length);
    } else if (e.key === "ArrowUp" && items.length) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? items.length - 1 : i - 1));
    } else if (e.key === "Escape") {
      setOpen(false);
      setActive(-1);
    } else if (e.key === "Enter" && open && active >= 0 && items[active]) {
      e.preventDefault();
      window.location.assign(items[active].href);
    }
  };

  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  return (
    <form className="search-box" role="search" method="get" action={action}>
      <label htmlFor={`${id}-q`} className="visually-hidden">{texts.label}</label>
      <div className="search-box__field">
        <input
          id={`${id}-q`}
          type="search"
          name="q"
          value={q}
          placeholder={texts.placeholder}
          autoComplete="off"
          maxLength={200}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          data-testid="search-input"
          onChange={(e) => {
            typed.current = true;
            setQ(e.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onFocus={() => setOpen(items.length > 0)}
        />
        <ul id={listId} role="listbox" aria-label={texts.suggestions} className="search-box__list" hidden={!open} data-testid="search-suggestions">
          {items.map((item, i) => (
            <li
              key={item.href}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? "is-active" : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                window.location.assign(item.href);
              }}
            >
              <span>{item.title}</span> <span className="search-box__kind">{texts.kinds[item.kind]}</span>
            </li>
          ))}
        </ul>
      </div>
      <button type="submit">{texts.submit}</button>
      <span className="visually-hidden" role="status" aria-live="polite">
        {open ? texts.found.replace("{count}", String(items.length)) : ""}
      </span>
    </form>
  );
}
