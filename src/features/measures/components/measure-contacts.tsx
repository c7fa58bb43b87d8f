import type { ContactPerson } from '../../../domain/measure';
import { useI18n } from '../../../i18n/i18n';

export function MeasureContacts({ contacts }: { contacts: readonly ContactPerson[] }) {
  const { t } = useI18n();
  if (contacts.length === 0) return <p>{t('measures.detail.noContacts')}</p>;
  return (
    <ul className="measure-contacts">
      {contacts.map((person) => (
        <li key={person.name} className="measure-contacts__person">
          <strong>{person.name}</strong>
          {person.title && <span>{person.title}</span>}
          {person.unit && <span>{person.unit}</span>}
          {person.email && (
            <span>
              {t('measures.detail.email')}: <a href={`mailto:${person.email}`}>{person.email}</a>
            </span>
          )}
          {person.phone && (
            <span>
              {t('measures.detail.phone')}: <a href={`tel:${person.phone.replace(/\s/g, '')}`}>{person.phone}</a>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
