import { useEffect, useState } from 'react';

/** True once the presenter has pressed a key or touched the page: then every chart may load. */
export function useEngaged(): boolean {
  const [engaged, setEngaged] = useState(false);
  useEffect(() => {
    if (engaged) return;
    const engage = () => setEngaged(true);
    window.addEventListener('keydown', engage, { once: true });
    window.addEventListener('pointerdown', engage, { once: true });
    return () => {
      window.removeEventListener('keydown', engage);
      window.removeEventListener('pointerdown', engage);
    };
  }, [engaged]);
  return engaged;
}
