// Issue 6: how each kind of message reads on «Уведомления» (/account/notifications) and in the
// artisan's section on /sell. A kind is `notifications.t.<template>` (`.<status>` where it has
// outcomes): a new backend template shows as soon as its sentence is here (see lib/notifications.ts).
export const notificationsRu = {
  "notifications.t.order-placed": "Заказ № {number} оформлен: товаров — {count}, на сумму {total}. Мы сообщим, когда его можно будет забрать в центре.",
  "notifications.t.ticket-confirmed": "Место на мастер-классе «{title}» подтверждено: {when}. Билет {code}.",
  "notifications.t.class-reminder": "Напоминаем: мастер-класс «{title}» — {when}. Билет {code}.",
  "notifications.t.class-session-moved": "Мастер-класс «{title}» перенесён на {when}. Билет {code} действует.",
  "notifications.t.class-session-cancelled": "Мастер-класс «{title}» ({when}) отменён. Деньги за место вернут.",
  "notifications.t.class-waitlist-offer": "Освободилось место на мастер-классе «{title}». Оно закреплено за вами до {until} — успейте записаться.",
  "notifications.t.exhibit-decision.approved": "Ваша заявка на выставку «{title}» одобрена.",
  "notifications.t.exhibit-decision.declined": "Ваша заявка на выставку «{title}» отклонена.",
  "notifications.t.seller-membership-status.approved": "Центр «{center}» одобрил вашу заявку: теперь вы можете продавать и проводить мастер-классы там.",
  "notifications.t.seller-membership-status.declined": "Центр «{center}» отклонил вашу заявку.",
  "notifications.t.materials-compensation": "Центр «{center}» записал вам компенсацию за материалы: {amount} за мастер-класс «{title}».",
  "notifications.ics": "Добавить в календарь (.ics)",
  "notifications.detail": "Комментарий:",
  "sell.notifications.title": "Уведомления",
  "sell.notifications.intro": "Решения центров по вашим заявкам, выставки и компенсации — последние {count}.",
  "sell.notifications.empty": "Уведомлений пока нет.",
} as const;

export const notificationsEn: Record<keyof typeof notificationsRu, string> = {
  "notifications.t.order-placed": "Order no. {number} is placed: {count} item(s), {total} in all. We will tell you when you can collect it at the center.",
  "notifications.t.ticket-confirmed": "Your seat at the master class “{title}” is confirmed: {when}. Ticket {code}.",
  "notifications.t.class-reminder": "A reminder: the master class “{title}” is on {when}. Ticket {code}.",
  "notifications.t.class-session-moved": "The master class “{title}” has moved to {when}. Ticket {code} is still valid.",
  "notifications.t.class-session-cancelled": "The master class “{title}” ({when}) is cancelled. Your payment for the seat will be refunded.",
  "notifications.t.class-waitlist-offer": "A seat has freed up at the master class “{title}”. It is held for you until {until} — book it in time.",
  "notifications.t.exhibit-decision.approved": "Your application to the exhibit “{title}” is approved.",
  "notifications.t.exhibit-decision.declined": "Your application to the exhibit “{title}” is declined.",
  "notifications.t.seller-membership-status.approved": "The center “{center}” approved your application: you can now sell and run master classes there.",
  "notifications.t.seller-membership-status.declined": "The center “{center}” declined your application.",
  "notifications.t.materials-compensation": "The center “{center}” recorded a materials compensation for you: {amount} for the master class “{title}”.",
  "notifications.ics": "Add to calendar (.ics)",
  "notifications.detail": "Note:",
  "sell.notifications.title": "Notifications",
  "sell.notifications.intro": "Centers' decisions on your applications, exhibits and compensations — the latest {count}.",
  "sell.notifications.empty": "No notifications yet.",
};
