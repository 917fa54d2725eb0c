// Spanish messages and remedies of the SEPA codes (docs/sepa.md); merged into the domain's catalog.
import type { CatalogEntry } from '../i18n/entry.js';
import type { SepaCode } from './codes.js';

const back = 'Queda pendiente de cobro';

export const sepaEs = {
  SEPA_CREDITOR_ID_INVALID: {
    message: 'El identificador de acreedor {value} no es válido: debe ser ES, dos dígitos de control, el sufijo de 3 caracteres y el NIF.',
    remedy: 'Copia el identificador que te asignó tu banco (p. ej. ES77000B85626240); los dígitos de control se calculan sobre el NIF.',
  },
  SEPA_INITIATING_PARTY_INVALID: {
    message: 'El identificador del presentador {value} no es válido: debe ser el NIF seguido de un sufijo de 3 caracteres.',
    remedy: 'Escribe el NIF de la empresa y el sufijo acordado con el banco (normalmente 000), p. ej. B85626240000.',
  },
  SEPA_BIC_INVALID: { message: 'El BIC {value} no es válido.', remedy: 'Escribe el BIC de 8 u 11 caracteres de tu banco, o déjalo vacío.' },
  SEPA_PAIN_FORMAT_INVALID: { message: 'El formato {value} no está soportado.', remedy: 'Elige pain.008.001.02 (Cuaderno 19.14 de los bancos españoles) o pain.008.001.08.' },
  SEPA_COLLECTION_DAYS_INVALID: { message: 'Los días entre emisión y cobro deben estar entre 0 y {max}.', remedy: 'Escribe un número de días entre 0 y {max}.' },
  SEPA_EXCLUDED_NOT_INVOICE: { message: 'La {invoice} es una rectificativa: no se cobra por domiciliación.', remedy: 'Las rectificativas se reembolsan al cliente; márcala como pagada al devolver el importe.' },
  SEPA_EXCLUDED_STATUS: { message: 'La factura {invoice} ya está pagada.', remedy: 'No hay nada que cobrar.' },
  SEPA_EXCLUDED_NOT_POSITIVE: { message: 'La factura {invoice} tiene un total de {totalCents}: no hay nada que cobrar.', remedy: 'Un saldo a favor del cliente se documenta con una rectificativa.' },
  SEPA_EXCLUDED_NO_SIGNATURE: {
    message: 'La factura {invoice} se paga por transferencia: el contrato {contract} no está firmado con IBAN y mandato SEPA.',
    remedy: 'Firma el contrato {contract} con el IBAN y la referencia de mandato del cliente; el IBAN del perfil del cliente no sirve para domiciliar.',
  },
  SEPA_EXCLUDED_IN_OPEN_REMITTANCE: { message: 'La factura {invoice} ya está en la remesa abierta {remittance}.', remedy: 'Espera a que el banco la liquide (markRemittanceSettled) o importa sus devoluciones.' },
  SEPA_EXCLUDED_MANDATE_BLOCKED: {
    message: 'El mandato del contrato {contract} está bloqueado: la factura {returnedInvoice} se devolvió el {date} con el motivo {reasonCode}.',
    remedy: 'Actualiza la firma del contrato {contract} con un IBAN nuevo o un mandato nuevo (updateContractSignature); la siguiente remesa lo cobrará con la modificación de mandato.',
  },
  SEPA_EXCLUDED_MANDATE_STOPPED: {
    message: 'Los cobros del mandato {mandate} del contrato {contract} están detenidos: devolución {reasonCode} del {date}.',
    remedy: 'No vuelvas a domiciliar con este mandato; cobra por otro medio o firma un mandato nuevo con otra referencia.',
  },
  SEPA_EXCLUDED_RETURN_NEEDS_CONTACT: { message: 'La factura {invoice} se devolvió con el motivo {reasonCode}, que no se reintenta automáticamente.', remedy: 'Contacta con el cliente; cuando pague, marca la factura como pagada.' },
  SEPA_EXCLUDED_ATTEMPTS_EXHAUSTED: {
    message: 'La factura {invoice} ya se ha presentado al cobro {attempts} veces; el máximo es {max} (cada intento lleva su propio EndToEndId).',
    remedy: 'Cobra la factura por transferencia u otro medio y márcala como pagada.',
  },
  SEPA_EXCLUDED_TOO_RECENT: {
    message: 'La factura {invoice}, emitida el {issueDate}, no puede cobrarse antes del {date} ({days, plural, one {# día} other {# días}} entre emisión y cobro).',
    remedy: 'Elige una fecha de cobro igual o posterior al {date}, o reduce los días entre emisión y cobro en la configuración SEPA.',
  },
  SEPA_DEBIT_ACCOUNT: {
    message: 'Se carga a {iban}, la cuenta de la firma del contrato {contract} (mandato {mandate}, firmado el {signedAt}), no la del perfil del cliente.',
    remedy: 'Para cobrar en otra cuenta, actualiza la firma del contrato {contract}.',
  },
  SEPA_SEQUENCE_FRST: { message: 'Primer cobro del mandato {mandate} (FRST).', remedy: 'Nada que hacer.' },
  SEPA_SEQUENCE_RCUR: { message: 'Cobro recurrente del mandato {mandate} (RCUR).', remedy: 'Nada que hacer.' },
  SEPA_AMENDED_IBAN: {
    message: 'Mandato modificado: el IBAN de la firma cambió el {changedAt} de {previousIban} a {iban}; el adeudo lleva AmdmntInd con SMNDA y la cuenta anterior.',
    remedy: 'Nada que hacer: el banco actualiza el mandato con este cobro.',
  },
  SEPA_AMENDED_MANDATE: {
    message: 'Mandato modificado: la referencia cambió el {changedAt} de {previousMandate} a {mandate}; el adeudo lleva OrgnlMndtId.',
    remedy: 'Nada que hacer: el banco actualiza el mandato con este cobro.',
  },
  SEPA_RETRY_AFTER_RETURN: { message: 'Reintento de cobro de la factura {invoice} tras una devolución (intento {attempt}).', remedy: 'Nada que hacer.' },
  SEPA_RETURN_AM04: { message: 'Fondos insuficientes.', remedy: `${back}; se reintenta en la próxima remesa.` },
  SEPA_RETURN_MS03: { message: 'Motivo no indicado por el banco (puede ocultar fondos insuficientes o cuenta cerrada).', remedy: `${back}; se reintenta en la próxima remesa.` },
  SEPA_RETURN_MS02: { message: 'Rechazado por el deudor.', remedy: `${back}; contacta con el cliente.` },
  SEPA_RETURN_AC01: { message: 'IBAN incorrecto.', remedy: `${back}; el mandato queda bloqueado hasta que la firma tenga un IBAN correcto (updateContractSignature).` },
  SEPA_RETURN_AC04: { message: 'Cuenta cancelada.', remedy: `${back}; el mandato queda bloqueado hasta que la firma tenga un IBAN o mandato nuevo (updateContractSignature).` },
  SEPA_RETURN_AC06: { message: 'Cuenta bloqueada.', remedy: `${back}; el mandato queda bloqueado hasta que la firma tenga otra cuenta (updateContractSignature) o cobres por otro medio.` },
  SEPA_RETURN_AG01: { message: 'La cuenta no admite adeudos directos.', remedy: `${back}; el mandato queda bloqueado hasta que la firma tenga otra cuenta (updateContractSignature) o cobres por otro medio.` },
  SEPA_RETURN_MD01: { message: 'No hay mandato válido.', remedy: `${back}; el mandato queda bloqueado hasta que la firma tenga un mandato nuevo (updateContractSignature).` },
  SEPA_RETURN_MD06: { message: 'Reembolso solicitado por el deudor.', remedy: `${back}; contacta con el cliente.` },
  SEPA_RETURN_MD07: { message: 'Deudor fallecido.', remedy: 'Se detienen los cobros de este mandato; gestiona la deuda con los herederos por otro medio.' },
  SEPA_RETURN_AM05: { message: 'Cobro duplicado.', remedy: `${back}; comprueba si la factura se cobró dos veces antes de volver a cobrarla.` },
  SEPA_RETURN_OTHER: { message: 'Devuelto con el motivo {reasonCode}.', remedy: `${back}; no se reintenta automáticamente: consulta el motivo con el banco y contacta con el cliente.` },
  SEPA_SETTINGS_MISSING: { message: 'Faltan los datos del acreedor SEPA.', remedy: 'Rellena los ajustes SEPA en la página «Ajustes SEPA» (/settings/sepa; updateSepaSettings): nombre, identificador de acreedor, presentador, IBAN.' },
  SEPA_COLLECTION_DATE_TOO_EARLY: { message: 'La fecha de cobro {date} no es posterior a hoy ({today}).', remedy: 'Los adeudos se presentan como mínimo el día anterior al cobro: elige una fecha posterior a hoy.' },
  SEPA_REMITTANCE_EMPTY: { message: 'Ninguna factura puede entrar en la remesa del {date}.', remedy: 'Revisa en la vista previa por qué queda fuera cada factura.' },
  SEPA_REMITTANCE_SETTLED: { message: 'La remesa {remittance} ya está liquidada.', remedy: 'No hay nada que cambiar; las devoluciones posteriores se importan igualmente.' },
  SEPA_RETURN_FILE_UNKNOWN: { message: 'El fichero no es un informe pain.002 ni un aviso camt.054.', remedy: 'Sube el fichero de devoluciones tal como lo descarga el banco (XML pain.002 o camt.054).' },
  SEPA_RETURN_UNMATCHED: { message: 'Ningún adeudo tiene el EndToEndId {endToEndId}.', remedy: 'Comprueba que el fichero corresponde a una remesa generada por Antena.' },
  SEPA_RETURN_ALREADY_APPLIED: { message: 'La devolución de {endToEndId} ya estaba aplicada.', remedy: 'Nada que hacer: importar el mismo fichero otra vez no cambia nada.' },
  SEPA_RETURN_SETTLED_CONFLICT: { message: 'La factura {invoice} de {endToEndId} no puede pasar a devuelta.', remedy: 'Revisa el estado de la factura antes de aplicar la devolución a mano.' },
  SEPA_MANDATE_BLOCKED: {
    message: 'Mandato bloqueado: la factura {returnedInvoice} se devolvió el {date} con el motivo {reasonCode} en la cuenta {iban}.',
    remedy: 'Actualiza la firma con un IBAN nuevo o un mandato nuevo (updateContractSignature) para volver a domiciliar.',
  },
  SEPA_MANDATE_STOPPED: {
    message: 'Cobros detenidos: la factura {returnedInvoice} se devolvió el {date} con el motivo {reasonCode} (mandato {mandate}).',
    remedy: 'No vuelvas a domiciliar con este mandato; cobra por otro medio o firma un mandato nuevo con otra referencia.',
  },
  SEPA_RETURN_FEE: { message: 'Gastos de devolución de la factura {invoice} ({reasonCode}, {date}).', remedy: 'Se añade como importe puntual a la próxima factura; bórralo si no procede.' },
  SEPA_PREVIEW_TOO_LARGE: {
    message: 'La vista previa de la remesa del {date} recorre {count, plural, one {# factura candidata} other {# facturas candidatas}}, más de las {max, number} que se calculan al momento sin bloquear la API.',
    remedy: 'Lánzala como trabajo en segundo plano (queueRemittancePreview): muestra su avance y guarda el resultado. O acota el filtro (un cliente, un contrato, emitidas hasta una fecha) a {max, number} facturas como mucho.',
  },
} satisfies Record<SepaCode, CatalogEntry>;
