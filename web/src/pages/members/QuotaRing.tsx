/** A ring filled as far as `done` goes towards `quota`: the members' home has no room (nor
 * download budget) for a charting library, and a ring says this much. */
export function QuotaRing({ done, quota, label }: { done: number; quota: number; label: string }) {
  const radius = 30;
  const circumference = 2 * Math.PI * radius;
  const share = Math.min(done / quota, 1);
  const met = done >= quota;
  return (
    <figure>
      <svg width="84" height="84" viewBox="0 0 84 84" role="img" aria-label={`${label}：${done} / ${quota}`}>
        <circle cx="42" cy="42" r={radius} fill="none" stroke="#f0f0f0" strokeWidth="10" />
        <circle
          cx="42"
          cy="42"
          r={radius}
          fill="none"
          stroke={met ? '#389e0d' : '#fa8c16'}
          strokeWidth="10"
          strokeDasharray={`${share * circumference} ${circumference}`}
          transform="rotate(-90 42 42)"
        />
        <text x="42" y="49" textAnchor="middle" fontSize="22" fontWeight="600" fill="rgba(0,0,0,0.88)">
          {done}
        </text>
      </svg>
      <figcaption>
        {label}
        <br />
        <span className={met ? 'met' : 'short'}>{met ? '已完成' : `需 ${quota} 条`}</span>
      </figcaption>
    </figure>
  );
}
