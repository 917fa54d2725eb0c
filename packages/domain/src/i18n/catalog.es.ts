// Spanish messages and remedies for every domain code (the product's default language, docs/codes.md).
import { sepaEs } from '../sepa/catalog.es.js';
import { jobsEs } from '../jobs/catalog.es.js';
import type { Catalog } from './codes.js';

export const es = {
  ...sepaEs,
  ...jobsEs,
  HAS_PENDING_INVOICES: {
    message: 'El cliente {client} tiene {count, plural, one {# factura pendiente} other {# facturas pendientes}} de cobro.',
    remedy: 'Las facturas emitidas se conservan, así que no se podrá eliminar: cobra o rectifica las pendientes, cancela sus suscripciones y archívalo (archiveClient).',
  },
  HAS_INVOICE_HISTORY: {
    message: 'El cliente {client} tiene historial de facturación ({count, plural, one {# factura} other {# facturas}}).',
    remedy: 'Las facturas emitidas deben conservarse: no se podrá eliminar nunca. Cancela sus suscripciones y archívalo (archiveClient) en su lugar.',
  },
  CONTRACT_SIGNED: {
    message: 'El contrato {contract} está firmado.',
    remedy: 'Un contrato firmado no se elimina nunca, ni siquiera terminado: cancela sus suscripciones, termínalo y archiva el cliente (archiveClient) en lugar de eliminarlo.',
  },
  SUBSCRIPTION_STATE: {
    message: 'La suscripción{inContract, select, yes { del contrato {contract}} other {}} está en estado {state}.',
    remedy: 'Solo se eliminan suscripciones rechazadas o pendientes de activación; si ya dio servicio, cancélala en lugar de eliminarla.',
  },
  SUBSCRIPTION_HAS_BONUSES: {
    message: 'La suscripción{inContract, select, yes { del contrato {contract}} other {}} tiene {count, plural, one {# bonificación} other {# bonificaciones}}.',
    remedy: 'Elimina sus bonificaciones (deleteBonus) en la página de la suscripción; una bonificación ya facturada no se elimina: termínala (endBonus).',
  },
  SUBSCRIPTION_HAS_ADDITIONAL_AMOUNTS: {
    message: 'La suscripción{inContract, select, yes { del contrato {contract}} other {}} tiene {count, plural, one {# importe adicional} other {# importes adicionales}}.',
    remedy: 'Elimina sus importes adicionales (deleteAdditionalAmount) en la página de la suscripción; uno ya facturado no se elimina: termínalo (endAdditionalAmount).',
  },
  SUBSCRIPTION_INVOICED: {
    message: 'La suscripción{inContract, select, yes { del contrato {contract}} other {}} aparece en {count, plural, one {# línea de factura} other {# líneas de factura}}.',
    remedy: 'Las facturas emitidas no se modifican: cancela la suscripción en lugar de eliminarla.',
  },
  BONUS_INVOICED: {
    message: 'La bonificación ya se aplicó en {count, plural, one {# línea de factura} other {# líneas de factura}}, la última hasta el {invoicedThrough}.',
    remedy: 'Las facturas emitidas no se modifican: no se puede eliminar. Termínala (endBonus) con una fecha de fin igual o posterior al {invoicedThrough}.',
  },
  ADDITIONAL_AMOUNT_INVOICED: {
    message: 'El importe adicional ya se facturó en {count, plural, one {# línea de factura} other {# líneas de factura}}, la última hasta el {invoicedThrough}.',
    remedy: '{oneOff, select, yes {Las facturas emitidas no se modifican: para devolverlo, emite una factura rectificativa (createCreditNote) de la factura que lo cobró.} other {Las facturas emitidas no se modifican: no se puede eliminar. Termínalo (endAdditionalAmount) con una fecha de fin igual o posterior al {invoicedThrough}.}}',
  },
  EXTRA_ONE_OFF_NOT_ENDABLE: {
    message: 'Un importe adicional puntual se cobra una sola vez: no tiene vigencia que terminar.',
    remedy: '{invoiced, select, yes {Ya está facturado: para devolverlo, emite una factura rectificativa (createCreditNote) de la factura que lo cobró.} other {Aún no se ha facturado: elimínalo (deleteAdditionalAmount).}}',
  },
  EXTRA_END_BEFORE_INVOICED: {
    message: '{type, select, Bonus {La bonificación ya está facturada} other {El importe adicional ya está facturado}} hasta el {invoicedThrough}: no puede terminar el {end}.',
    remedy: 'Indica una fecha de fin igual o posterior al {invoicedThrough}; las facturas emitidas no se modifican (para devolver lo ya cobrado, emite una factura rectificativa con createCreditNote).',
  },
  CLIENT_ARCHIVED: {
    message: 'El cliente {client} está archivado: solo se consulta.',
    remedy: 'Si vuelve a ser cliente, desarchívalo (unarchiveClient) en su ficha y después haz el cambio.',
  },
  CLIENT_NOT_ARCHIVED: {
    message: 'El cliente {client} no está archivado.',
    remedy: 'No hay nada que desarchivar.',
  },
  CLIENT_HAS_LIVE_SUBSCRIPTIONS: {
    message: 'El cliente {client} tiene {count, plural, one {# suscripción que no está cancelada ni rechazada} other {# suscripciones que no están canceladas ni rechazadas}}.',
    remedy: 'Un cliente archivado no se factura más: cancela antes sus suscripciones (o recházalas si están pendientes de activación).',
  },
  IBAN_INVALID: {
    message: 'El IBAN {value} no es válido.',
    remedy: 'Revisa el IBAN: empieza por el código del país (ES en España) y sus dígitos de control deben cuadrar.',
  },
  TAX_ID_INVALID: {
    message: 'El NIF/NIE/CIF {value} no es válido.',
    remedy: 'Comprueba los números y la letra o dígito de control del documento.',
  },
  MANDATE_REFERENCE_INVALID: {
    message: 'La referencia de mandato SEPA {value} no es válida.',
    remedy: 'Usa de 1 a 35 caracteres: letras sin acentos, números y / - ? : ( ) . , + o espacios, sin barra al principio, al final ni doble.',
  },
  EMAIL_INVALID: {
    message: 'El correo electrónico {value} no es válido.',
    remedy: 'Escribe una dirección completa, como nombre@dominio.es.',
  },
  DATE_INVALID: {
    message: 'La fecha {value} del campo {field} no es válida.',
    remedy: 'Indica una fecha real con el formato AAAA-MM-DD, por ejemplo 2026-11-16.',
  },
  PERIOD_INVALID: {
    message: 'El periodo {value} no es válido.',
    remedy: 'Indica el periodo con el formato AAAA-MM, por ejemplo 2026-11.',
  },
  CENTS_INVALID: {
    message: '{negative, select, yes {El importe {valueCents} es negativo: aquí no se admite.} other {El importe {value} no es válido.}}',
    remedy: '{negative, select, yes {Indica un importe igual o mayor que cero.} other {Indica el importe en céntimos, como número entero (4538 son 45,38 €).}}',
  },
  PERCENT_INVALID: {
    message: 'El porcentaje {value} no es válido.',
    remedy: 'Indica un porcentaje entre 0 y 100.',
  },
  VAT_RATE_INVALID: {
    message: 'El tipo de IVA {value} no es válido.',
    remedy: 'Indica el tipo como fracción entre 0 y 1: 0.21 es el 21 %.',
  },
  REQUIRED: {
    message: 'El campo {field} es obligatorio.',
    remedy: 'Rellena el campo {field}.',
  },
  SEARCH_EMPTY: {
    message: 'La búsqueda está vacía: no tiene ninguna letra ni cifra.',
    remedy: 'Escribe al menos una letra o cifra del nombre, código, NIF, correo, IBAN, contrato o factura.',
  },
  SEARCH_TOO_LONG: {
    message: 'La búsqueda admite como máximo {max} caracteres.',
    remedy: 'Acorta la búsqueda a {max} caracteres o menos: basta con el principio del nombre o del código.',
  },
  HITS_PER_KIND_INVALID: {
    message: 'El número de resultados por tipo debe estar entre 1 y {max}; se pidió {value}.',
    remedy: 'Pide entre 1 y {max} resultados por tipo.',
  },
  TOO_LONG: {
    message: 'El campo {field} admite como máximo {max} caracteres.',
    remedy: 'Acorta el valor a {max} caracteres o menos.',
  },
  VALUE_NOT_ALLOWED: {
    message: 'El valor {value} del campo {field} no es válido.',
    remedy: 'Usa uno de los valores admitidos: {allowed}.',
  },
  TEXT_INVALID: {
    message: 'El campo {field} contiene caracteres de control no admitidos.',
    remedy: 'Escribe el valor sin caracteres de control (pega el texto como texto plano).',
  },
  CONTRACT_NOT_DRAFT: {
    message: 'El contrato {contract} ya está {status, select, SIGNED {firmado} other {terminado}}: solo se firma un contrato en borrador.',
    remedy: 'Para cambiar el IBAN, el mandato o el firmante de un contrato firmado, edita su firma (updateContractSignature).',
  },
  CONTRACT_NOT_SIGNED: {
    message: 'El contrato {contract} no está firmado{status, select, TERMINATED { (está terminado)} other {}}: no tiene firma que editar.',
    remedy: 'Firma primero el contrato (signContract) con el IBAN y la referencia de mandato SEPA.',
  },
  CONTRACT_NOT_TERMINABLE: {
    message: 'El contrato {contract} {status, select, DRAFT {es un borrador} other {ya está terminado}}: solo se termina un contrato firmado.',
    remedy: '{status, select, DRAFT {Un borrador no se termina: si no se va a firmar, elimínalo.} other {No hay nada que hacer: el contrato ya está terminado.}}',
  },
  TERMINATION_BEFORE_SIGNATURE: {
    message: 'El contrato {contract} se firmó el {signedAt}: no puede terminar antes, el {effectiveDate}.',
    remedy: 'Indica una fecha de efecto igual o posterior a la de la firma.',
  },
  CONTRACT_TERMINATED: {
    message: 'El contrato {contract} está terminado: no admite nuevas suscripciones.',
    remedy: 'Crea un contrato nuevo para el cliente, fírmalo y añade allí la suscripción.',
  },
  CONTRACT_HAS_LIVE_SUBSCRIPTIONS: {
    message: 'El contrato {contract} tiene {count, plural, one {# suscripción que no está cancelada ni rechazada} other {# suscripciones que no están canceladas ni rechazadas}}.',
    remedy: 'Cancela primero {count, plural, one {esa suscripción} other {esas suscripciones}} (una pendiente de activación se rechaza) y después termina el contrato.',
  },
  DATE_RANGE_INVALID: {
    message: 'La fecha final {to} es anterior a la inicial {from}.',
    remedy: 'Pon una fecha final igual o posterior a la inicial, o déjala vacía si no tiene fin.',
  },
  BILLABLE_ACTIVE: {
    message: 'Se factura: la suscripción está activa desde el {since}.',
    remedy: 'Nada que hacer. Para dejar de facturarla sin cortar el servicio, pásala a Activa no facturable.',
  },
  NOT_BILLABLE_NON_BILLABLE: {
    message: 'No se factura: la suscripción está activa no facturable desde el {since}; el servicio sigue funcionando pero no genera facturas.',
    remedy: 'Si debe facturarse, cambia su estado a Activa.',
  },
  NOT_BILLABLE_PENDING: {
    message: 'No se factura: la suscripción está pendiente de activación desde el {since}.',
    remedy: 'Actívala cuando el servicio esté instalado; se facturará desde ese día.',
  },
  NOT_BILLABLE_SUSPENDED: {
    message: 'No se factura: la suscripción está suspendida desde el {since}.',
    remedy: 'Reactívala (estado Activa) para volver a facturarla.',
  },
  NOT_BILLABLE_CANCELLED: {
    message: 'No se factura: la suscripción está cancelada desde el {since}.',
    remedy: 'Una suscripción cancelada no vuelve a facturarse; crea una nueva si el cliente vuelve.',
  },
  NOT_BILLABLE_REJECTED: {
    message: 'No se factura: la suscripción fue rechazada el {since}.',
    remedy: 'Una suscripción rechazada no se factura; crea una nueva si procede.',
  },
  NOT_BILLABLE_NOT_STARTED: {
    message: 'No se factura: la suscripción aún no tiene estado el {date}.',
    remedy: 'Registra su estado (por ejemplo, Pendiente de activación y luego Activa).',
  },
  SIGNATURE_IBAN_PREVAILS: {
    message: 'El contrato {contract} está firmado con el IBAN {signatureIban}: sus facturas se seguirán cobrando en esa cuenta{hasNewIban, select, yes {, no en {newIban}} other {}}.',
    remedy: 'Si el cliente quiere pagar este contrato con la nueva cuenta, actualiza también el IBAN de la firma del contrato {contract}.',
  },
  DUPLICATE_TAX_ID: {
    message: 'El cliente {code} ({name}) ya tiene el NIF {taxId}.',
    remedy: 'Si es el mismo titular, ábrelo y valora usarlo en lugar de crear otro; una empresa puede tener varias cuentas, así que puedes guardar igualmente.',
  },
  ACCOUNT_FROM_SIGNATURE: {
    message: 'Se cobra en {iban}, la cuenta de la firma del contrato {contract}{profileDiffers, select, yes {; la firma prevalece sobre la cuenta de la ficha del cliente ({profileIban})} other {}}.',
    remedy: 'Para cobrar en otra cuenta, actualiza el IBAN de la firma del contrato {contract}; cambiar solo la ficha del cliente no basta.',
  },
  ACCOUNT_FROM_PROFILE: {
    message: 'Se cobra en {iban}, la cuenta de la ficha del cliente, porque el contrato {contract} no está firmado.',
    remedy: 'Al firmar el contrato, su IBAN de firma pasará a ser la cuenta de cobro.',
  },
  ACCOUNT_NONE: {
    message: 'El contrato {contract} no tiene cuenta de cobro: ni firma ni IBAN en la ficha del cliente. Las facturas se pagan por transferencia.',
    remedy: 'Para domiciliar los cobros, firma el contrato con un IBAN o añade un IBAN a la ficha del cliente.',
  },
  INVALID_TRANSITION: {
    message: 'Una suscripción no puede pasar de {from} a {to}.',
    remedy: '{allowedCount, plural, =0 {{from} es un estado final: no admite cambios.} other {Desde {from} solo puede pasar a: {allowed}.}}',
  },
  STATE_CHANGE_BEFORE_LAST: {
    message: 'El cambio de estado con fecha {effectiveDate} es anterior al último cambio ({state} el {lastEffectiveDate}).',
    remedy: 'Usa una fecha igual o posterior al {lastEffectiveDate}.',
  },
  TARIFF_CHANGE_BEFORE_LAST: {
    message: 'La migración con fecha {effectiveDate} no es posterior al último cambio de tarifa ({tariff} el {lastEffectiveDate}).',
    remedy: 'Usa una fecha posterior al {lastEffectiveDate}.',
  },
  TARIFF_UNCHANGED: {
    message: 'La suscripción ya tiene la tarifa {tariff}.',
    remedy: 'Elige una tarifa distinta para migrar.',
  },
  SUBSCRIPTION_FINAL_STATE: {
    message: 'La suscripción está {state} desde el {since}: no admite migraciones de tarifa.',
    remedy: 'Crea una nueva suscripción con la tarifa deseada.',
  },
  LINE_CHARGE: {
    message: 'Tarifa {tariff}: {days} de {daysInMonth} días ({from} – {to})',
    remedy: 'Precio mensual {unitPriceCents} prorrateado por días naturales del mes.',
  },
  LINE_CATCH_UP: {
    message: 'Regularización tarifa {tariff}: {days} de {daysInMonth} días no facturados ({from} – {to})',
    remedy: 'Días activos no cobrados en facturas anteriores (alta a mitad de periodo o abono de migración), a la tarifa vigente cada día.',
  },
  LINE_BONUS_PERCENT: {
    message: 'Bonificación del {percent} % sobre tarifa {tariff} ({from} – {to})',
    remedy: 'Descuento de la bonificación vigente en esos días.',
  },
  LINE_BONUS_FIXED: {
    message: 'Bonificación de {valueCents} al mes: {days} de {daysInMonth} días ({from} – {to})',
    remedy: 'Importe mensual prorrateado por los días facturados.',
  },
  LINE_BONUS_FIXED_CAPPED: {
    message: 'Bonificación de {valueCents} al mes, limitada al importe facturado ({from} – {to})',
    remedy: 'Una bonificación nunca supera el cargo que descuenta.',
  },
  LINE_ADDITIONAL_ONE_OFF: {
    message: '{description} ({date})',
    remedy: 'Importe adicional puntual, facturado una sola vez.',
  },
  LINE_ADDITIONAL_MONTHLY: {
    message: '{description} (mensual, {period})',
    remedy: 'Importe adicional mensual, facturado entero en cada periodo de su vigencia.',
  },
  LINE_CREDIT_MIGRATION: {
    message: 'Abono tarifa {tariff}: {days} de {daysInMonth} días ({from} – {to}), migrada a {newTariff}; solo se abonan los días activos que la próxima factura cobra con la nueva tarifa',
    remedy: 'Un abono masivo corrige solo la tarifa de los días ya cobrados: abona los días cobrados por adelantado con la tarifa anterior que la próxima factura cobra con la nueva (días activos). Los días que seguirían cobrados sin la migración (una suspensión, por ejemplo) siguen cobrados.',
  },
  LINE_CREDIT_BONUS: {
    message: 'Anulación de la bonificación sobre los días abonados ({from} – {to})',
    remedy: 'La bonificación se vuelve a aplicar al cobrar esos días con la nueva tarifa.',
  },
  LINE_CREDIT_MANUAL: {
    message: 'Abono de la línea {position} de la factura {invoice}',
    remedy: 'Factura rectificativa emitida a mano (createCreditNote); su motivo figura en el documento.',
  },
  LINE_CREDIT_WHOLE: {
    message: 'Abono del resto de la factura {invoice} al {rate} % de IVA',
    remedy: 'Factura rectificativa emitida a mano (createCreditNote) por todo lo que quedaba de la factura; su motivo figura en el documento.',
  },
  NOTHING_TO_BILL: {
    message: 'No hay nada que facturar en el periodo {period}.',
    remedy: 'Comprueba que el contrato tenga suscripciones activas con tarifa, o importes adicionales, en el periodo.',
  },
  CATCH_UP_NEXT: {
    message: '{count, plural, one {La suscripción se activó} other {Las # suscripciones se activaron}} a partir del {from}, después de la fecha de emisión de {period} ({issueDate}): sus días de {period} se cobrarán en la próxima factura como regularización.',
    remedy: 'Nada que hacer: la próxima facturación los cobra en una línea de regularización. Si esos días ya se cobraron en otro sistema, fija la fecha de inicio de facturación (setSubscriptionBillingStartDate).',
  },
  ALL_NON_BILLABLE: {
    message: '{count, plural, one {La suscripción del contrato está activa no facturable} other {Las # suscripciones del contrato están activas no facturables}} en {period}: no se emite factura.',
    remedy: 'Si deben facturarse, cambia su estado a Activa.',
  },
  INPUT_INVALID: {
    message: 'La factura de {period} no se calcula: {problem, select, REQUIRED {falta el campo {field}} other {el valor {value} del campo {field} no es válido}}.',
    remedy: 'Corrige ese dato del contrato o de sus suscripciones y vuelve a calcular la factura.',
  },
  ZERO_TOTAL: {
    message: 'La factura de {period} sale a 0: no se emite.',
    remedy: 'Revisa las bonificaciones si el cliente debería pagar algo.',
  },
  NEGATIVE_TOTAL: {
    message: 'La factura de {period} sale negativa ({totalCents}): no se emite.',
    remedy: 'Un importe a favor del cliente se documenta con una factura rectificativa (createCreditNote); revisa los importes adicionales negativos.',
  },
  PAYMENT_STATUS_UNCHANGED: {
    message: 'La {kind, select, CREDIT_NOTE {rectificativa} other {factura}} {number} ya está {status, select, ISSUED {emitida} PAID {pagada} other {devuelta}}.',
    remedy: 'No hay nada que cambiar.',
  },
  PAYMENT_TRANSITION_INVALID: {
    message: 'La {kind, select, CREDIT_NOTE {rectificativa} other {factura}} {number} está {status, select, ISSUED {emitida} PAID {pagada} other {devuelta}} y no puede pasar a {target, select, ISSUED {emitida} PAID {pagada} other {devuelta}}.',
    remedy: '{kind, select, CREDIT_NOTE {Una rectificativa solo se marca como pagada (reembolsada), con markInvoicePaid.} other {Una factura emitida pasa a pagada o devuelta; una pagada, a devuelta; una devuelta, a pagada.}}',
  },
  MASS_CREDIT_DISABLED: {
    message: 'Los abonos masivos por migración de tarifa están desactivados.',
    remedy: 'Activa «massCreditOnTariffMigration» en la configuración de facturación (updateBillingSettings) y repite.',
  },
  MASS_CREDIT_NEEDS_ADVANCE: {
    message: 'Los abonos masivos solo existen facturando por adelantado (ADVANCE): en modo vencido (ARREARS) cada factura ya cobra cada día a la tarifa vigente.',
    remedy: 'En modo ARREARS no hay nada que abonar; si facturas por adelantado, cambia el modo a ADVANCE.',
  },
  INVOICE_ALREADY_VOID: {
    message: '{kind, select, CREDIT_NOTE {La factura rectificativa} other {La factura}} {number} ya está anulada.',
    remedy: 'No hay nada que anular: su registro de anulación ya está en la cadena.',
  },
  INVOICE_PAID_NOT_VOIDABLE: {
    message: '{kind, select, CREDIT_NOTE {La factura rectificativa} other {La factura}} {number} está cobrada: un documento cobrado no se anula.',
    remedy: 'Corríjala con una factura rectificativa (createCreditNote).',
  },
  INVOICE_RETURNED_NOT_VOIDABLE: {
    message: '{kind, select, CREDIT_NOTE {La factura rectificativa} other {La factura}} {number} se remesó al banco y fue devuelta: no se anula.',
    remedy: 'Vuelva a cobrarla o corríjala con una factura rectificativa (createCreditNote).',
  },
  INVOICE_RECTIFIED_NOT_VOIDABLE: {
    message: '{kind, select, CREDIT_NOTE {La factura rectificativa} other {La factura}} {number} está rectificada por {creditNotes}: no se anula.',
    remedy: 'Emita otra factura rectificativa (createCreditNote) por lo que aún esté mal.',
  },
  CHAIN_HASH_MISMATCH: {
    message: 'El registro {position} ({number}) no coincide con su huella: sus datos se cambiaron después de escribirlo.',
    remedy: 'Restaure el registro desde una copia de seguridad; los registros nunca se editan. Mientras tanto la cadena no puede entregarse a la AEAT.',
  },
  CHAIN_LINK_MISMATCH: {
    message: 'El registro {position} ({number}) no apunta al registro anterior: la cadena se bifurcó o falta un registro.',
    remedy: 'Restaure los registros que falten o se cambiaran desde una copia de seguridad; los registros nunca se editan ni se borran.',
  },
  CHAIN_POSITION_GAP: {
    message: 'El registro {number} está en la posición {position} donde se esperaba la {expected}: falta un registro.',
    remedy: 'Restaure el registro que falta desde una copia de seguridad; los registros nunca se borran.',
  },
  RECORD_REJECTED: {
    message: 'La AEAT rechazó el registro de {number}: {agencyCode} {agencyMessage}',
    remedy: 'Corrija lo que indica la AEAT (normalmente el NIF del emisor en los ajustes de VeriFactu, o el NIF y nombre del cliente tal como constan en la AEAT); después genere su subsanación (correctVerifactuRecord: un registro nuevo marcado Subsanacion y RechazoPrevio) o reenvíelo tal cual (resendVerifactuRecord), marcado RechazoPrevio.',
  },
  RECORD_ACCEPTED_WITH_ERRORS: {
    message: 'La AEAT aceptó con errores el registro de {number}: {agencyCode} {agencyMessage}',
    remedy: 'La factura es válida; corrija lo que indica la AEAT y genere su subsanación (correctVerifactuRecord: un registro nuevo marcado Subsanacion).',
  },
  RECORD_NOT_REJECTED: {
    message: 'El registro de {number} está {status, select, PENDING {pendiente de envío} ACCEPTED {aceptado} ACCEPTED_WITH_ERRORS {aceptado con errores} other {sin enviar (modo No VERI*FACTU)}}, no rechazado.',
    remedy: 'Solo se reenvía un registro rechazado; los pendientes los envía el proceso de envío por sí solo.',
  },
  RECORD_CORRECTION_ANULACION: {
    message: 'El registro {position} es la anulación de {number}: una anulación no se corrige con una subsanación.',
    remedy: 'Si la AEAT la rechazó, corrija la causa que indica y reenvíela (resendVerifactuRecord).',
  },
  RECORD_ALREADY_CORRECTED: {
    message: 'El registro {position} de {number} ya está corregido por el registro {correction}.',
    remedy: 'Siga el estado de la subsanación {correction}; si la AEAT también la rechaza, genere la subsanación de esa.',
  },
  RECORD_CORRECTION_INVOICE_VOID: {
    message: 'La factura {number} está anulada: su registro de alta ya no se corrige.',
    remedy: 'No hay nada que corregir: el registro de anulación la retira de la AEAT.',
  },
  RECORD_CORRECTION_PENDING: {
    message: 'El registro {position} de {number} está pendiente de envío: la AEAT aún no ha contestado.',
    remedy: 'Espere la respuesta de la AEAT; solo se corrige un registro rechazado o aceptado con errores.',
  },
  RECORD_CORRECTION_ACCEPTED: {
    message: 'La AEAT aceptó sin errores el registro {position} de {number}: no hay nada que subsanar.',
    remedy: 'Para cambiar la factura, emita una factura rectificativa (createCreditNote) o, si nada le ha pasado aún, anúlela (voidInvoice).',
  },
  RECORD_CORRECTION_NOT_SENT: {
    message: 'El registro {position} de {number} no se envía a la AEAT (modo No VERI*FACTU): no hay respuesta que subsanar.',
    remedy: 'Para cambiar la factura, emita una factura rectificativa (createCreditNote) o anúlela (voidInvoice).',
  },
  RECORD_CORRECTION_NO_VERIFACTU: {
    message: 'La instalación está en modo No VERI*FACTU: la subsanación de {number} no se enviaría a la AEAT.',
    remedy: 'Vuelva al modo VERIFACTU en los ajustes de VeriFactu (updateVerifactuSettings) y genere entonces la subsanación.',
  },
  RECORD_RESEND_CORRECTED: {
    message: 'El registro {position} de {number} ya está corregido por el registro {correction}: no se reenvía.',
    remedy: 'La subsanación {correction} es la que cuenta: siga su estado; si la AEAT la rechaza, reenvíe o corrija esa.',
  },
  DATE_OUT_OF_RANGE: {
    message: 'La fecha {value} del campo {field} está fuera de las fechas admitidas (años {min} a {max}).',
    remedy: 'Indica una fecha entre el 01/01/{min} y el 31/12/{max}. Para un cliente que ya se facturaba en otro sistema, indica también billingStartDate: no se cobrará ningún día anterior.',
  },
  CENTS_TOO_LARGE: {
    message: 'El importe {value} (en céntimos) supera el máximo de un precio o importe, 100.000,00 €.',
    remedy: 'Revisa las cifras: el importe se indica en céntimos (4538 son 45,38 €). Un cargo mayor se reparte en varios importes adicionales.',
  },
  RUN_IN_FUTURE: {
    message: '{kind, select, MASS_CREDIT {El abono masivo de {period} rectificaría facturas con fecha {issueDate}} other {La facturación de {period} emitiría facturas con fecha {issueDate}}}, posterior a hoy ({today}): no se factura un servicio aún no prestado.',
    remedy: 'Lánzala a partir del {issueDate}. Para ver ya lo que se facturaría, usa la previsualización (billingPreview), que admite cualquier periodo.',
  },
  ALREADY_INVOICED: {
    message: 'El contrato {contract} ya tiene la factura {number} del periodo {period}.',
    remedy: 'No hay que hacer nada: cada contrato se factura una vez por periodo. Para corregirla, emite una rectificativa.',
  },
  BILLING_RUN_INTERRUPTED: {
    message: 'La ejecución se interrumpió tras emitir {invoiceCount, plural, =0 {ninguna factura} one {# factura completa} other {# facturas completas}}.',
    remedy: 'Vuelve a lanzarla: continúa donde quedó, sin duplicados ni huecos en la numeración.',
  },
  BILLING_RUN_WORKER_LOST: {
    message: 'El proceso que hacía la ejecución dejó de dar señales de vida tras emitir {invoiceCount, plural, =0 {ninguna factura} one {# factura completa} other {# facturas completas}}.',
    remedy: 'Vuelve a lanzarla: continúa donde quedó, sin duplicados ni huecos en la numeración. Si se repite, comprueba que los procesos de trabajo (pnpm worker) están en marcha.',
  },
  CATCH_UP_PENDING: {
    message: 'Al facturar se {days, plural, one {cobrará # día activo anterior} other {cobrarán # días activos anteriores}} al {before} ({from} – {to}), {amountCents} sin IVA ni bonificaciones.',
    remedy: 'Si esos días ya se facturaron en otro sistema, fija la fecha de inicio de facturación (setSubscriptionBillingStartDate) en el {before}: no se cobrará ningún día anterior.',
  },
  BILLING_START_LOCKED: {
    message: 'La suscripción ya tiene días facturados desde el {from}: su fecha de inicio de facturación ya no puede pasar al {date}.',
    remedy: 'Las facturas emitidas no cambian: para devolver días ya cobrados, emite una factura rectificativa (createCreditNote).',
  },
  CREDIT_NOTE_NOT_AN_INVOICE: {
    message: '{number} es una factura rectificativa: una rectificativa no se rectifica.',
    remedy: 'Emite la rectificativa sobre la factura original que rectifica.',
  },
  CREDIT_NOTE_INVOICE_VOID: {
    message: 'La factura {number} está anulada: no hay nada que rectificar.',
    remedy: 'Una factura anulada ya no produce efectos; si hay que facturar de nuevo, se hará en la próxima facturación.',
  },
  CREDIT_NOTE_NOTHING_LEFT: {
    message: 'La factura {number} ya está rectificada por completo ({count, plural, one {# rectificativa} other {# rectificativas}}).',
    remedy: 'No queda nada que abonar de ella; revisa sus rectificativas en la página de la factura.',
  },
  CREDIT_NOTE_REASON_REQUIRED: {
    message: 'Falta el motivo de la rectificación de la factura {number}.',
    remedy: 'Indica por qué se rectifica (por ejemplo, «Avería del 3 al 10 de noviembre»): figura en la factura rectificativa.',
  },
  CREDIT_NOTE_REASON_TOO_LONG: {
    message: 'El motivo de la rectificación admite como máximo {max} caracteres.',
    remedy: 'Resume el motivo en {max} caracteres o menos.',
  },
  CREDIT_NOTE_SCOPE_INVALID: {
    message: 'Indica qué se rectifica de la factura {number}: toda la factura o algunas líneas, no ambas cosas ni ninguna.',
    remedy: 'Elige «factura completa» (whole) o indica las líneas con su importe (lines).',
  },
  CREDIT_NOTE_LINE_UNKNOWN: {
    message: 'La línea {value} no pertenece a la factura {number}.',
    remedy: 'Elige las líneas entre las de la factura {number}.',
  },
  CREDIT_NOTE_LINE_DUPLICATE: {
    message: 'La línea {position} de la factura {number} figura dos veces.',
    remedy: 'Indica cada línea una sola vez, con el importe total a abonar.',
  },
  CREDIT_NOTE_AMOUNT_INVALID: {
    message: 'El importe a abonar de la línea {position} debe ser mayor que cero.',
    remedy: 'Indica un importe positivo, sin IVA, de como mucho lo que queda por abonar de la línea.',
  },
  CREDIT_NOTE_LINE_EXCEEDS: {
    message: 'De la línea {position} de la factura {number} quedan {creditableCents} por abonar, menos que los {amountCents} pedidos.',
    remedy: 'Abona como mucho {creditableCents} (sin IVA) de esa línea; lo ya abonado por otras rectificativas no se abona dos veces.',
  },
  CREDIT_NOTE_RATE_EXCEEDS: {
    message: 'Las líneas al {rate} % de IVA de la factura {number} suman {amountCents} a abonar, pero solo quedan {creditableCents}.',
    remedy: 'Reduce los importes de esas líneas hasta {creditableCents} en total.',
  },
  CREDIT_NOTE_TYPE_INVALID: {
    message: 'El tipo de rectificativa {value} no existe.',
    remedy: 'Usa R1 (error fundado en derecho o art. 80.1 y 80.2 LIVA), R2, R3, R4 (resto de causas) o R5 (facturas simplificadas); el tipo por defecto se configura en los ajustes de VeriFactu.',
  },
  CREDIT_NOTE_BEFORE_INVOICE: {
    message: 'La factura {number} tiene fecha {issueDate}, posterior a hoy ({today}): una rectificativa no puede ser anterior a la factura.',
    remedy: 'Emite la rectificativa a partir del {issueDate}.',
  },
  BILLING_PREVIEW_TOO_LARGE: {
    message: 'La previsualización de {period} recorre {count, plural, one {# contrato} other {# contratos}}, más de los {max, number} que se calculan al momento sin bloquear la API.',
    remedy: 'Lánzala como trabajo en segundo plano (queueBillingPreview): muestra su avance y guarda el resultado. Para ver un solo contrato, indica contractId.',
  },
  PDF_BATCH_TOO_LARGE: {
    message: 'El filtro selecciona {count, plural, one {# factura} other {# facturas}}, más de las {max, number} que admite un lote de PDF.',
    remedy: 'Acota el filtro (un periodo, un estado, un cliente, un rango de importes) a {max, number} facturas como mucho y descarga varios lotes.',
  },
  PDF_BATCH_EMPTY: {
    message: 'Ninguna factura cumple el filtro: el lote de PDF estaría vacío.',
    remedy: 'Cambia el filtro (periodo, estado, cliente) para que seleccione alguna factura.',
  },
} satisfies Catalog;
