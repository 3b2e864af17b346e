// «Near me» with the browser's location, when the resident allows it: the page is reloaded with
// lat/lng and sorted by distance. Without JavaScript (or when refused) the center list beside it does.
import { useState } from "react";

interface Props {
  /** the current /search URL; lat, lng and sort=nearest are set on it */
  href: string;
  label: string;
  denied: string;
}

export default function NearMe({ href, label, denied }: Props) {
  const [refused, setRefused] = useState(false);
  const [busy, setBusy] = useState(false);
  if (typeof navigator !== "undefined" && !("geolocation" in navigator)) return null;
  return (
    <p className="near-me">
      <button
        type="button"
        className="button--secondary"
        disabled={busy}
        aria-busy={busy}
        data-testid="near-me"
        onClick={() => {
          setBusy(true);
          navigator.geolocation.getCurrentPosition(
            (pos) => {
              const url = new URL(href, window.location.href);
              url.searchParams.set("lat", pos.coords.latitude.toFixed(4));
              url.searchParams.set("lng", pos.coords.longitude.toFixed(4));
              url.searchParams.set("sort", "nearest");
              url.searchParams.delete("page");
              window.location.assign(url.toString());
            },
            () => {
              setBusy(false);
              setRefused(true);
            },
            { maximumAge: 600_000, timeout: 10_000 },
          );
        }}
      >
        {label}
      </button>
      {refused && <span role="status"> {denied}</span>}
    </p>
  );
}
