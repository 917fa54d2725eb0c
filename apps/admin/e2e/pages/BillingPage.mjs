// Billing: period → preview → run → result.
export class BillingPage {
  constructor(page) {
    this.page = page;
  }

  async preview(period) {
    await this.page.getByRole('textbox', { name: 'Periodo (AAAA-MM)' }).fill(period);
    await this.page.getByRole('button', { name: 'Previsualizar' }).click();
  }

  previewRow(contractNumber) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name: contractNumber, exact: true }) });
  }

  async runConfirmed() {
    await this.page.getByRole('button', { name: 'Facturar el periodo' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Facturar el periodo' }).click();
  }

  result() {
    return this.page.getByTestId('run-result');
  }

  async openInvoices() {
    await this.result().getByRole('link', { name: 'Facturas creadas' }).click();
  }
}

export class SettingsPage {
  constructor(page) {
    this.page = page;
  }

  async enableMassCredits() {
    await this.page.getByRole('radio', { name: /Por adelantado/ }).check();
    await this.page.getByRole('switch', { name: 'Abonos masivos tras cambios de tarifa a mitad de mes' }).check();
    await this.page.getByRole('button', { name: 'Guardar' }).click();
  }
}

export class MassCreditPage {
  constructor(page) {
    this.page = page;
  }

  async run(period) {
    await this.page.getByRole('tab', { name: 'Abonos masivos' }).click();
    const panel = this.page.getByRole('tabpanel', { name: 'Abonos masivos' });
    await panel.getByRole('textbox', { name: 'Periodo (AAAA-MM)' }).fill(period);
    await panel.getByRole('button', { name: 'Emitir abonos masivos' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Emitir abonos masivos' }).click();
  }

  result() {
    return this.page.getByTestId('run-result');
  }
}
