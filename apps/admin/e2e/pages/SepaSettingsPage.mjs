// The SEPA creditor settings form (/settings/sepa).
export class SepaSettingsPage {
  constructor(page) {
    this.page = page;
  }

  field(label) {
    return this.page.getByRole('textbox', { name: new RegExp(`^${label}`) });
  }

  /** Fills what the creditor needs; `fee` (euros text) switches the return fee on. */
  async fill({ name, creditorId, initiatingPartyId, iban, bic = '', format, days, fee }) {
    await this.field('Nombre del acreedor').fill(name);
    await this.field('Identificador de acreedor').fill(creditorId);
    await this.field('Identificador del presentador').fill(initiatingPartyId);
    await this.field('IBAN de cobro').fill(iban);
    await this.field('BIC').fill(bic);
    if (format) await this.page.getByRole('radio', { name: new RegExp(format.replaceAll('.', '\\.')) }).check();
    if (days !== undefined) await this.field('Días entre emisión y cobro').fill(String(days));
    if (fee !== undefined) {
      await this.page.getByRole('switch', { name: /^Cobrar gastos/ }).check({ force: true });
      await this.field('Importe sin IVA').fill(fee);
    }
  }

  async save() {
    await this.page.getByRole('button', { name: 'Guardar' }).click();
  }

  status() {
    return this.page.getByTestId('sepa-settings-status');
  }
}
