/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment InvoiceRow on Invoice {\n    id\n    number\n    kind\n    issueDate\n    periodStart\n    periodEnd\n    totalCents\n    status\n    client {\n      id\n      name\n    }\n  }\n": typeof types.InvoiceRowFragmentDoc,
    "\n  fragment DeletionCheckFields on DeletionCheck {\n    allowed\n    blockers {\n      code\n      message\n      remedy\n      field\n      entityType\n      entityId\n    }\n  }\n": typeof types.DeletionCheckFieldsFragmentDoc,
    "\n  fragment BackgroundJobFields on BackgroundJob {\n    id\n    kind\n    status\n    itemsDone\n    itemsTotal\n    createdAt\n    startedAt\n    finishedAt\n    failure {\n      code\n      message\n      remedy\n      field\n    }\n  }\n": typeof types.BackgroundJobFieldsFragmentDoc,
    "\n  query BackgroundJob($id: ID!) {\n    backgroundJob(id: $id) {\n      ...BackgroundJobFields\n    }\n  }\n": typeof types.BackgroundJobDocument,
    "\n  fragment BillingAccountFields on BillingAccount {\n    iban\n    source\n    explanation\n  }\n": typeof types.BillingAccountFieldsFragmentDoc,
    "\n  fragment SignatureFields on ContractSignature {\n    signedAt\n    signerName\n    signerTaxId\n    iban\n    mandateReference\n  }\n": typeof types.SignatureFieldsFragmentDoc,
    "\n  fragment TariffOption on Tariff {\n    id\n    code\n    name\n    priceCents\n  }\n": typeof types.TariffOptionFragmentDoc,
    "\n  query BillingMode {\n    billingSettings {\n      mode\n      massCreditOnTariffMigration\n    }\n  }\n": typeof types.BillingModeDocument,
    "\n  fragment BillingPreviewFields on BillingPreview {\n    period\n    mode\n    issueDate\n    invoiceCount\n    skippedCount\n    baseCents\n    taxCents\n    totalCents\n    skippedByReason {\n      code\n      count\n    }\n    invoices {\n      contractId\n      contractNumber\n      clientId\n      baseCents\n      taxCents\n      totalCents\n      billingAccount {\n        ...BillingAccountFields\n      }\n      lines {\n        id\n        description\n        amountCents\n      }\n    }\n    skipped {\n      contractId\n      contractNumber\n      clientId\n      code\n      message\n      remedy\n    }\n  }\n": typeof types.BillingPreviewFieldsFragmentDoc,
    "\n  mutation QueueBillingPreview($period: String!) {\n    queueBillingPreview(period: $period, limit: 1000) {\n      ...BackgroundJobFields\n    }\n  }\n": typeof types.QueueBillingPreviewDocument,
    "\n  query BillingPreviewJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      billingPreview {\n        ...BillingPreviewFields\n      }\n    }\n  }\n": typeof types.BillingPreviewJobDocument,
    "\n  fragment BillingRunFields on BillingRun {\n    id\n    kind\n    period\n    status\n    issueDate\n    invoiceCount\n    skippedCount\n    totalCents\n    firstNumber\n    lastNumber\n    itemsDone\n    itemsTotal\n    skippedByReason {\n      code\n      count\n    }\n    failure {\n      code\n      message\n      remedy\n    }\n  }\n": typeof types.BillingRunFieldsFragmentDoc,
    "\n  query BillingRun($id: ID!) {\n    billingRun(id: $id) {\n      ...BillingRunFields\n    }\n  }\n": typeof types.BillingRunDocument,
    "\n  query BillingRuns {\n    billingRuns(first: 10) {\n      ...BillingRunFields\n      actorName\n      startedAt\n      finishedAt\n    }\n  }\n": typeof types.BillingRunsDocument,
    "\n  mutation RunBilling($period: String!) {\n    runBilling(period: $period) {\n      ...BillingRunFields\n    }\n  }\n": typeof types.RunBillingDocument,
    "\n  mutation RunMassCredit($period: String!) {\n    runMassCredit(period: $period) {\n      ...BillingRunFields\n    }\n  }\n": typeof types.RunMassCreditDocument,
    "\n  mutation ArchiveClient($id: ID!, $version: Int!) {\n    archiveClient(id: $id, version: $version) { id archivedAt version }\n  }\n": typeof types.ArchiveClientDocument,
    "\n  mutation UnarchiveClient($id: ID!, $version: Int!) {\n    unarchiveClient(id: $id, version: $version) { id archivedAt version }\n  }\n": typeof types.UnarchiveClientDocument,
    "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actorType\n    actorName\n    action\n    entityType\n    entityId\n    changes {\n      field\n      from\n      to\n    }\n  }\n": typeof types.AuditEntryRowFragmentDoc,
    "\n  fragment ClientContract on Contract {\n    id\n    version\n    number\n    status\n    billingAccount {\n      iban\n      source\n    }\n    sepaMandateBlock {\n      message\n      remedy\n    }\n    subscriptions {\n      id\n      state\n      tariff {\n        id\n        code\n        name\n      }\n      billing {\n        billable\n        reason\n      }\n    }\n  }\n": typeof types.ClientContractFragmentDoc,
    "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.CreateContractDocument,
    "\n  fragment ClientProfile on Client {\n    id\n    version\n    code\n    kind\n    name\n    taxId\n    email\n    phone\n    address\n    iban\n    archivedAt\n    partner {\n      id\n      name\n    }\n  }\n": typeof types.ClientProfileFragmentDoc,
    "\n  query ClientPage($id: ID!) {\n    client(id: $id) {\n      ...ClientProfile\n      deletion {\n        ...DeletionCheckFields\n      }\n      contracts {\n        ...ClientContract\n      }\n    }\n  }\n": typeof types.ClientPageDocument,
    "\n  query ClientInvoices($clientId: ID!) {\n    invoices(clientId: $clientId, first: 100) {\n      totalCount\n      nodes {\n        ...InvoiceRow\n      }\n    }\n  }\n": typeof types.ClientInvoicesDocument,
    "\n  query ClientAudit($id: ID!) {\n    client(id: $id) {\n      id\n      auditTrail(first: 100) {\n        totalCount\n        nodes {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n": typeof types.ClientAuditDocument,
    "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      client {\n        ...ClientProfile\n      }\n      warnings {\n        code\n        message\n        entityType\n        entityId\n        field\n      }\n    }\n  }\n": typeof types.UpdateClientDocument,
    "\n  mutation DeleteClient($id: ID!) {\n    deleteClient(id: $id) {\n      deleted\n      deletion {\n        ...DeletionCheckFields\n      }\n    }\n  }\n": typeof types.DeleteClientDocument,
    "\n  fragment ClientRow on Client {\n    id\n    code\n    name\n    taxId\n    email\n    archivedAt\n    deletion {\n      allowed\n    }\n  }\n": typeof types.ClientRowFragmentDoc,
    "\n  query Clients($first: Int!, $after: String, $search: String, $includeArchived: Boolean, $partnerId: ID, $subscriptionState: SubscriptionState) {\n    clients(first: $first, after: $after, search: $search, includeArchived: $includeArchived, partnerId: $partnerId, subscriptionState: $subscriptionState) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ClientRow\n        }\n      }\n    }\n  }\n": typeof types.ClientsDocument,
    "\n  query PartnerOptions {\n    partners {\n      id\n      name\n    }\n  }\n": typeof types.PartnerOptionsDocument,
    "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateClientDocument,
    "\n  query TaxIdDuplicates($taxId: String!, $clientId: ID) {\n    taxIdDuplicates(taxId: $taxId, clientId: $clientId) {\n      code\n      message\n      remedy\n      entityId\n    }\n  }\n": typeof types.TaxIdDuplicatesDocument,
    "\n  fragment ContractSubscription on ServiceSubscription {\n    id\n    state\n    tariff {\n      id\n      code\n      name\n      priceCents\n    }\n    billing {\n      billable\n      code\n      reason\n    }\n  }\n": typeof types.ContractSubscriptionFragmentDoc,
    "\n  query ContractPage($id: ID!) {\n    contract(id: $id) {\n      id\n      version\n      availableActions {\n        action\n        available\n      }\n      number\n      status\n      client {\n        id\n        name\n        taxId\n        iban\n      }\n      signature {\n        ...SignatureFields\n      }\n      billingAccount {\n        ...BillingAccountFields\n      }\n      sepaMandateBlock {\n        code\n        message\n        remedy\n      }\n      subscriptions {\n        ...ContractSubscription\n      }\n      deletion {\n        ...DeletionCheckFields\n      }\n    }\n    tariffs {\n      ...TariffOption\n    }\n  }\n": typeof types.ContractPageDocument,
    "\n  mutation SignContract($input: SignContractInput!) {\n    signContract(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.SignContractDocument,
    "\n  mutation CreateServiceSubscription($input: CreateServiceSubscriptionInput!) {\n    createServiceSubscription(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateServiceSubscriptionDocument,
    "\n  mutation DeleteContract($id: ID!) {\n    deleteContract(id: $id) {\n      deleted\n      deletion {\n        ...DeletionCheckFields\n      }\n    }\n  }\n": typeof types.DeleteContractDocument,
    "\n  mutation TerminateContract($input: TerminateContractInput!) {\n    terminateContract(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.TerminateContractDocument,
    "\n  mutation UpdateContractSignature($input: UpdateContractSignatureInput!) {\n    updateContractSignature(input: $input) {\n      id\n      version\n      signature {\n        ...SignatureFields\n      }\n      billingAccount {\n        ...BillingAccountFields\n      }\n    }\n  }\n": typeof types.UpdateContractSignatureDocument,
    "\n  query DashboardSummary($months: Int!) {\n    dashboard {\n      id\n      currentPeriod\n      monthlyTotals(months: $months) {\n        period\n        invoices { count totalCents }\n        creditNotes { count totalCents }\n        net { count baseCents taxCents totalCents }\n      }\n      subscriptionsByState {\n        state\n        count\n      }\n      receivables {\n        outstanding { count totalCents }\n        returned { count totalCents }\n      }\n      monthlyRecurring { count totalCents }\n    }\n  }\n": typeof types.DashboardSummaryDocument,
    "\n  query UndeletableClients($first: Int!, $after: String) {\n    dashboard {\n      id\n      undeletableClients(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes {\n          id\n          code\n          name\n          deletion {\n            allowed\n            blockers { code message entityType entityId }\n          }\n        }\n      }\n    }\n  }\n": typeof types.UndeletableClientsDocument,
    "\n  mutation CreateCreditNote($input: CreateCreditNoteInput!) {\n    createCreditNote(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.CreateCreditNoteDocument,
    "\n  mutation MarkInvoicePaid($id: ID!) {\n    markInvoicePaid(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.MarkInvoicePaidDocument,
    "\n  mutation MarkInvoiceReturned($id: ID!) {\n    markInvoiceReturned(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.MarkInvoiceReturnedDocument,
    "\n  query InvoicePage($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceRow\n      series\n      version\n      creditReason\n      rectificationType\n      creditable {\n        totalCents\n        defaultRectificationType\n        lines {\n          lineId\n          position\n          amountCents\n          vatRate\n        }\n      }\n      availableActions {\n        action\n        available\n      }\n      period\n      baseCents\n      taxCents\n      vatBreakdown {\n        vatRate\n        baseCents\n        taxCents\n      }\n      billingAccount {\n        ...BillingAccountFields\n      }\n      contract {\n        id\n        number\n      }\n      rectifies {\n        id\n        number\n      }\n      creditNotes {\n        ...InvoiceRow\n      }\n      pdfUrl\n      ...InvoiceVerifactuFields\n      sepaDebits {\n        endToEndId\n        status\n        returnReasonCode\n        returnedOn\n        returnReason {\n          message\n          remedy\n        }\n      }\n      lines {\n        id\n        position\n        kind\n        description\n        from\n        to\n        days\n        daysInMonth\n        amountCents\n        vatRate\n      }\n    }\n  }\n": typeof types.InvoicePageDocument,
    "\n  query Invoices($first: Int!, $after: String, $filter: InvoiceFilter, $sort: InvoiceSort) {\n    invoices(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...InvoiceRow\n      }\n    }\n    invoiceTotals(filter: $filter) {\n      count\n      baseCents\n      taxCents\n      totalCents\n    }\n  }\n": typeof types.InvoicesDocument,
    "\n  query InvoiceClientOptions($search: String) {\n    clients(first: 20, search: $search) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.InvoiceClientOptionsDocument,
    "\n  mutation MarkInvoicesPaid($ids: [ID!]!) {\n    markInvoicesPaid(ids: $ids) {\n      paid\n      invoice {\n        id\n        number\n        status\n      }\n      refusal {\n        code\n        message\n        remedy\n      }\n    }\n  }\n": typeof types.MarkInvoicesPaidDocument,
    "\n  mutation QueueInvoicePdfBatch($filter: InvoiceFilter) {\n    queueInvoicePdfBatch(filter: $filter) {\n      ...BackgroundJobFields\n    }\n  }\n": typeof types.QueueInvoicePdfBatchDocument,
    "\n  query PdfBatchFile($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      file {\n        name\n        contentType\n        bytes\n        url\n        expiresAt\n      }\n    }\n  }\n": typeof types.PdfBatchFileDocument,
    "\n  query Partners {\n    partners {\n      id\n      name\n      createdAt\n      apiKeys {\n        id\n        name\n        prefix\n        createdAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.PartnersDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePartnerDocument,
    "\n  mutation CreateApiKey($partnerId: ID!, $name: String!) {\n    createApiKey(partnerId: $partnerId, name: $name) {\n      key\n      apiKey {\n        id\n        prefix\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  fragment RemittancePreviewFields on RemittancePreview {\n    collectionDate\n    painFormat\n    count\n    sumCents\n    groups {\n      sequenceType\n      count\n      sumCents\n    }\n    debits {\n      invoiceId\n      invoiceNumber\n      clientId\n      clientName\n      contractId\n      contractNumber\n      amountCents\n      endToEndId\n      sequenceType\n      iban\n      amended\n      reasons {\n        code\n        message\n      }\n    }\n    excludedCount\n    excludedByReason {\n      code\n      count\n    }\n    excluded {\n      invoiceId\n      invoiceNumber\n      clientId\n      clientName\n      totalCents\n      reason {\n        code\n        message\n        remedy\n      }\n    }\n  }\n": typeof types.RemittancePreviewFieldsFragmentDoc,
    "\n  mutation QueueRemittancePreview($collectionDate: String!) {\n    queueRemittancePreview(collectionDate: $collectionDate, limit: 1000) {\n      ...BackgroundJobFields\n    }\n  }\n": typeof types.QueueRemittancePreviewDocument,
    "\n  query RemittancePreviewJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      remittancePreview {\n        ...RemittancePreviewFields\n      }\n    }\n  }\n": typeof types.RemittancePreviewJobDocument,
    "\n  fragment RemittanceFields on Remittance {\n    id\n    reference\n    painFormat\n    collectionDate\n    status\n    count\n    sumCents\n    createdAt\n    createdBy\n    settledAt\n    downloadPath\n  }\n": typeof types.RemittanceFieldsFragmentDoc,
    "\n  query Remittances {\n    remittances(first: 50) {\n      ...RemittanceFields\n    }\n    sepaSettings {\n      complete\n      creditorName\n      creditorId\n      painFormat\n      daysBetweenIssueAndCollection\n      returnFeeEnabled\n      returnFeeCents\n    }\n  }\n": typeof types.RemittancesDocument,
    "\n  mutation CreateRemittance($collectionDate: String!) {\n    createRemittance(collectionDate: $collectionDate) {\n      ...BackgroundJobFields\n    }\n  }\n": typeof types.CreateRemittanceDocument,
    "\n  query RemittanceJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      remittance {\n        ...RemittanceFields\n      }\n    }\n  }\n": typeof types.RemittanceJobDocument,
    "\n  mutation MarkRemittanceSettled($id: ID!) {\n    markRemittanceSettled(id: $id) {\n      ...RemittanceFields\n    }\n  }\n": typeof types.MarkRemittanceSettledDocument,
    "\n  fragment BankReturnImportFields on BankReturnImport {\n    format\n    rowCount\n    applied\n    alreadyApplied\n    unmatched\n    ignored\n    rows {\n      endToEndId\n      reasonCode\n      returnedOn\n      outcome\n      invoiceId\n      invoiceNumber\n      fee\n      explanation {\n        code\n        message\n        remedy\n      }\n    }\n  }\n": typeof types.BankReturnImportFieldsFragmentDoc,
    "\n  query GlobalSearch($term: String!, $first: Int) {\n    globalSearch(term: $term, first: $first) {\n      term\n      clients {\n        id\n        code\n        name\n        taxId\n        archivedAt\n      }\n      contracts {\n        id\n        number\n        status\n        client {\n          id\n          name\n        }\n      }\n      invoices {\n        id\n        number\n        kind\n        totalCents\n        client {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.GlobalSearchDocument,
    "\n  fragment SepaSettingsFields on SepaSettings {\n    complete\n    creditorName\n    creditorId\n    initiatingPartyId\n    iban\n    bic\n    painFormat\n    daysBetweenIssueAndCollection\n    returnFeeEnabled\n    returnFeeCents\n    returnFeeVatRate\n  }\n": typeof types.SepaSettingsFieldsFragmentDoc,
    "\n  query SepaSettings {\n    sepaSettings {\n      ...SepaSettingsFields\n    }\n  }\n": typeof types.SepaSettingsDocument,
    "\n  mutation UpdateSepaSettings($input: UpdateSepaSettingsInput!) {\n    updateSepaSettings(input: $input) {\n      ...SepaSettingsFields\n    }\n  }\n": typeof types.UpdateSepaSettingsDocument,
    "\n  query BillingSettings {\n    billingSettings {\n      mode\n      massCreditOnTariffMigration\n    }\n  }\n": typeof types.BillingSettingsDocument,
    "\n  mutation UpdateBillingSettings($input: UpdateBillingSettingsInput!) {\n    updateBillingSettings(input: $input) {\n      mode\n      massCreditOnTariffMigration\n    }\n  }\n": typeof types.UpdateBillingSettingsDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment AdditionalAmountRow on AdditionalAmount {\n    id\n    description\n    amountCents\n    vatRate\n    kind\n    date\n    validFrom\n    validTo\n    version\n    invoicedThrough\n    deletion {\n      ...DeletionCheckFields\n    }\n  }\n": typeof types.AdditionalAmountRowFragmentDoc,
    "\n  mutation AddAdditionalAmount($input: AddAdditionalAmountInput!) {\n    addAdditionalAmount(input: $input) {\n      id\n    }\n  }\n": typeof types.AddAdditionalAmountDocument,
    "\n  fragment BonusRow on Bonus {\n    id\n    kind\n    percent\n    amountCents\n    description\n    validFrom\n    validTo\n    version\n    invoicedThrough\n    deletion {\n      ...DeletionCheckFields\n    }\n  }\n": typeof types.BonusRowFragmentDoc,
    "\n  mutation AddBonus($input: AddBonusInput!) {\n    addBonus(input: $input) {\n      id\n    }\n  }\n": typeof types.AddBonusDocument,
    "\n  mutation DeleteBonus($id: ID!, $version: Int!) {\n    deleteBonus(id: $id, version: $version) { deleted deletion { ...DeletionCheckFields } }\n  }\n": typeof types.DeleteBonusDocument,
    "\n  mutation EndBonus($id: ID!, $version: Int!, $validTo: String!) {\n    endBonus(id: $id, version: $version, validTo: $validTo) { id validTo version }\n  }\n": typeof types.EndBonusDocument,
    "\n  mutation DeleteAdditionalAmount($id: ID!, $version: Int!) {\n    deleteAdditionalAmount(id: $id, version: $version) { deleted deletion { ...DeletionCheckFields } }\n  }\n": typeof types.DeleteAdditionalAmountDocument,
    "\n  mutation EndAdditionalAmount($id: ID!, $version: Int!, $validTo: String!) {\n    endAdditionalAmount(id: $id, version: $version, validTo: $validTo) { id validTo version }\n  }\n": typeof types.EndAdditionalAmountDocument,
    "\n  query SubscriptionPage($id: ID!) {\n    serviceSubscription(id: $id) {\n      id\n      state\n      allowedTransitions\n      billingStartDate\n      stateChanges {\n        state\n        effectiveDate\n      }\n      tariffChanges {\n        tariffId\n        tariffCode\n        priceCents\n        effectiveDate\n      }\n      tariff {\n        id\n        code\n        name\n        priceCents\n      }\n      scheduledTariffChange {\n        effectiveFrom\n        tariff {\n          id\n          code\n          name\n          priceCents\n        }\n      }\n      contract {\n        id\n        number\n        client {\n          id\n          name\n        }\n      }\n      billing {\n        billable\n        code\n        reason\n      }\n      bonuses {\n        ...BonusRow\n      }\n      additionalAmounts {\n        ...AdditionalAmountRow\n      }\n      deletion {\n        ...DeletionCheckFields\n      }\n    }\n    tariffs {\n      ...TariffOption\n    }\n  }\n": typeof types.SubscriptionPageDocument,
    "\n  mutation ChangeSubscriptionState($id: ID!, $state: SubscriptionState!, $effectiveDate: String!) {\n    changeSubscriptionState(id: $id, state: $state, effectiveDate: $effectiveDate) {\n      id\n      state\n    }\n  }\n": typeof types.ChangeSubscriptionStateDocument,
    "\n  mutation MigrateSubscriptionTariff($id: ID!, $tariffId: ID!, $effectiveDate: String!) {\n    migrateSubscriptionTariff(id: $id, tariffId: $tariffId, effectiveDate: $effectiveDate) {\n      id\n    }\n  }\n": typeof types.MigrateSubscriptionTariffDocument,
    "\n  mutation DeleteServiceSubscription($id: ID!) {\n    deleteServiceSubscription(id: $id) {\n      deleted\n      deletion {\n        ...DeletionCheckFields\n      }\n    }\n  }\n": typeof types.DeleteServiceSubscriptionDocument,
    "\n  query Tariffs {\n    tariffs {\n      id\n      code\n      name\n      priceCents\n      vatRate\n    }\n  }\n": typeof types.TariffsDocument,
    "\n  mutation CreateTariff($input: CreateTariffInput!) {\n    createTariff(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateTariffDocument,
    "\n  fragment VerifactuRecordActions on VerifactuRecord {\n    id\n    number\n    position\n    availableActions {\n      action\n      available\n      reason {\n        code\n        message\n        remedy\n      }\n    }\n  }\n": typeof types.VerifactuRecordActionsFragmentDoc,
    "\n  fragment InvoiceVerifactuFields on Invoice {\n    id\n    voidedAt\n    verifactu {\n      hash\n      status\n      qrUrl\n      voided\n      records {\n        id\n        kind\n        status\n        errorCode\n        errorMessage\n        remedy\n        subsanacion\n        rechazoPrevio\n        correctedBy {\n          id\n          position\n        }\n        ...VerifactuRecordActions\n      }\n    }\n  }\n": typeof types.InvoiceVerifactuFieldsFragmentDoc,
    "\n  mutation VoidInvoice($id: ID!) {\n    voidInvoice(id: $id) {\n      ...InvoiceVerifactuFields\n    }\n  }\n": typeof types.VoidInvoiceDocument,
    "\n  query RejectedRecords($first: Int!, $after: String) {\n    verifactuRecordPage(status: REJECTED, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        number\n        issueDate\n        invoiceId\n        errorCode\n        errorMessage\n        answeredAt\n        remedy\n        ...VerifactuRecordActions\n      }\n    }\n  }\n": typeof types.RejectedRecordsDocument,
    "\n  mutation ResendVerifactuRecord($id: ID!) {\n    resendVerifactuRecord(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ResendVerifactuRecordDocument,
    "\n  mutation CorrectVerifactuRecord($id: ID!) {\n    correctVerifactuRecord(id: $id) {\n      corrected\n      record {\n        id\n        status\n        ...VerifactuRecordActions\n      }\n      correction {\n        id\n        position\n        status\n        subsanacion\n        rechazoPrevio\n      }\n      refusal {\n        code\n        message\n        remedy\n      }\n    }\n  }\n": typeof types.CorrectVerifactuRecordDocument,
};
const documents: Documents = {
    "\n  fragment InvoiceRow on Invoice {\n    id\n    number\n    kind\n    issueDate\n    periodStart\n    periodEnd\n    totalCents\n    status\n    client {\n      id\n      name\n    }\n  }\n": types.InvoiceRowFragmentDoc,
    "\n  fragment DeletionCheckFields on DeletionCheck {\n    allowed\n    blockers {\n      code\n      message\n      remedy\n      field\n      entityType\n      entityId\n    }\n  }\n": types.DeletionCheckFieldsFragmentDoc,
    "\n  fragment BackgroundJobFields on BackgroundJob {\n    id\n    kind\n    status\n    itemsDone\n    itemsTotal\n    createdAt\n    startedAt\n    finishedAt\n    failure {\n      code\n      message\n      remedy\n      field\n    }\n  }\n": types.BackgroundJobFieldsFragmentDoc,
    "\n  query BackgroundJob($id: ID!) {\n    backgroundJob(id: $id) {\n      ...BackgroundJobFields\n    }\n  }\n": types.BackgroundJobDocument,
    "\n  fragment BillingAccountFields on BillingAccount {\n    iban\n    source\n    explanation\n  }\n": types.BillingAccountFieldsFragmentDoc,
    "\n  fragment SignatureFields on ContractSignature {\n    signedAt\n    signerName\n    signerTaxId\n    iban\n    mandateReference\n  }\n": types.SignatureFieldsFragmentDoc,
    "\n  fragment TariffOption on Tariff {\n    id\n    code\n    name\n    priceCents\n  }\n": types.TariffOptionFragmentDoc,
    "\n  query BillingMode {\n    billingSettings {\n      mode\n      massCreditOnTariffMigration\n    }\n  }\n": types.BillingModeDocument,
    "\n  fragment BillingPreviewFields on BillingPreview {\n    period\n    mode\n    issueDate\n    invoiceCount\n    skippedCount\n    baseCents\n    taxCents\n    totalCents\n    skippedByReason {\n      code\n      count\n    }\n    invoices {\n      contractId\n      contractNumber\n      clientId\n      baseCents\n      taxCents\n      totalCents\n      billingAccount {\n        ...BillingAccountFields\n      }\n      lines {\n        id\n        description\n        amountCents\n      }\n    }\n    skipped {\n      contractId\n      contractNumber\n      clientId\n      code\n      message\n      remedy\n    }\n  }\n": types.BillingPreviewFieldsFragmentDoc,
    "\n  mutation QueueBillingPreview($period: String!) {\n    queueBillingPreview(period: $period, limit: 1000) {\n      ...BackgroundJobFields\n    }\n  }\n": types.QueueBillingPreviewDocument,
    "\n  query BillingPreviewJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      billingPreview {\n        ...BillingPreviewFields\n      }\n    }\n  }\n": types.BillingPreviewJobDocument,
    "\n  fragment BillingRunFields on BillingRun {\n    id\n    kind\n    period\n    status\n    issueDate\n    invoiceCount\n    skippedCount\n    totalCents\n    firstNumber\n    lastNumber\n    itemsDone\n    itemsTotal\n    skippedByReason {\n      code\n      count\n    }\n    failure {\n      code\n      message\n      remedy\n    }\n  }\n": types.BillingRunFieldsFragmentDoc,
    "\n  query BillingRun($id: ID!) {\n    billingRun(id: $id) {\n      ...BillingRunFields\n    }\n  }\n": types.BillingRunDocument,
    "\n  query BillingRuns {\n    billingRuns(first: 10) {\n      ...BillingRunFields\n      actorName\n      startedAt\n      finishedAt\n    }\n  }\n": types.BillingRunsDocument,
    "\n  mutation RunBilling($period: String!) {\n    runBilling(period: $period) {\n      ...BillingRunFields\n    }\n  }\n": types.RunBillingDocument,
    "\n  mutation RunMassCredit($period: String!) {\n    runMassCredit(period: $period) {\n      ...BillingRunFields\n    }\n  }\n": types.RunMassCreditDocument,
    "\n  mutation ArchiveClient($id: ID!, $version: Int!) {\n    archiveClient(id: $id, version: $version) { id archivedAt version }\n  }\n": types.ArchiveClientDocument,
    "\n  mutation UnarchiveClient($id: ID!, $version: Int!) {\n    unarchiveClient(id: $id, version: $version) { id archivedAt version }\n  }\n": types.UnarchiveClientDocument,
    "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actorType\n    actorName\n    action\n    entityType\n    entityId\n    changes {\n      field\n      from\n      to\n    }\n  }\n": types.AuditEntryRowFragmentDoc,
    "\n  fragment ClientContract on Contract {\n    id\n    version\n    number\n    status\n    billingAccount {\n      iban\n      source\n    }\n    sepaMandateBlock {\n      message\n      remedy\n    }\n    subscriptions {\n      id\n      state\n      tariff {\n        id\n        code\n        name\n      }\n      billing {\n        billable\n        reason\n      }\n    }\n  }\n": types.ClientContractFragmentDoc,
    "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n      number\n    }\n  }\n": types.CreateContractDocument,
    "\n  fragment ClientProfile on Client {\n    id\n    version\n    code\n    kind\n    name\n    taxId\n    email\n    phone\n    address\n    iban\n    archivedAt\n    partner {\n      id\n      name\n    }\n  }\n": types.ClientProfileFragmentDoc,
    "\n  query ClientPage($id: ID!) {\n    client(id: $id) {\n      ...ClientProfile\n      deletion {\n        ...DeletionCheckFields\n      }\n      contracts {\n        ...ClientContract\n      }\n    }\n  }\n": types.ClientPageDocument,
    "\n  query ClientInvoices($clientId: ID!) {\n    invoices(clientId: $clientId, first: 100) {\n      totalCount\n      nodes {\n        ...InvoiceRow\n      }\n    }\n  }\n": types.ClientInvoicesDocument,
    "\n  query ClientAudit($id: ID!) {\n    client(id: $id) {\n      id\n      auditTrail(first: 100) {\n        totalCount\n        nodes {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n": types.ClientAuditDocument,
    "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      client {\n        ...ClientProfile\n      }\n      warnings {\n        code\n        message\n        entityType\n        entityId\n        field\n      }\n    }\n  }\n": types.UpdateClientDocument,
    "\n  mutation DeleteClient($id: ID!) {\n    deleteClient(id: $id) {\n      deleted\n      deletion {\n        ...DeletionCheckFields\n      }\n    }\n  }\n": types.DeleteClientDocument,
    "\n  fragment ClientRow on Client {\n    id\n    code\n    name\n    taxId\n    email\n    archivedAt\n    deletion {\n      allowed\n    }\n  }\n": types.ClientRowFragmentDoc,
    "\n  query Clients($first: Int!, $after: String, $search: String, $includeArchived: Boolean, $partnerId: ID, $subscriptionState: SubscriptionState) {\n    clients(first: $first, after: $after, search: $search, includeArchived: $includeArchived, partnerId: $partnerId, subscriptionState: $subscriptionState) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ClientRow\n        }\n      }\n    }\n  }\n": types.ClientsDocument,
    "\n  query PartnerOptions {\n    partners {\n      id\n      name\n    }\n  }\n": types.PartnerOptionsDocument,
    "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n    }\n  }\n": types.CreateClientDocument,
    "\n  query TaxIdDuplicates($taxId: String!, $clientId: ID) {\n    taxIdDuplicates(taxId: $taxId, clientId: $clientId) {\n      code\n      message\n      remedy\n      entityId\n    }\n  }\n": types.TaxIdDuplicatesDocument,
    "\n  fragment ContractSubscription on ServiceSubscription {\n    id\n    state\n    tariff {\n      id\n      code\n      name\n      priceCents\n    }\n    billing {\n      billable\n      code\n      reason\n    }\n  }\n": types.ContractSubscriptionFragmentDoc,
    "\n  query ContractPage($id: ID!) {\n    contract(id: $id) {\n      id\n      version\n      availableActions {\n        action\n        available\n      }\n      number\n      status\n      client {\n        id\n        name\n        taxId\n        iban\n      }\n      signature {\n        ...SignatureFields\n      }\n      billingAccount {\n        ...BillingAccountFields\n      }\n      sepaMandateBlock {\n        code\n        message\n        remedy\n      }\n      subscriptions {\n        ...ContractSubscription\n      }\n      deletion {\n        ...DeletionCheckFields\n      }\n    }\n    tariffs {\n      ...TariffOption\n    }\n  }\n": types.ContractPageDocument,
    "\n  mutation SignContract($input: SignContractInput!) {\n    signContract(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.SignContractDocument,
    "\n  mutation CreateServiceSubscription($input: CreateServiceSubscriptionInput!) {\n    createServiceSubscription(input: $input) {\n      id\n    }\n  }\n": types.CreateServiceSubscriptionDocument,
    "\n  mutation DeleteContract($id: ID!) {\n    deleteContract(id: $id) {\n      deleted\n      deletion {\n        ...DeletionCheckFields\n      }\n    }\n  }\n": types.DeleteContractDocument,
    "\n  mutation TerminateContract($input: TerminateContractInput!) {\n    terminateContract(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.TerminateContractDocument,
    "\n  mutation UpdateContractSignature($input: UpdateContractSignatureInput!) {\n    updateContractSignature(input: $input) {\n      id\n      version\n      signature {\n        ...SignatureFields\n      }\n      billingAccount {\n        ...BillingAccountFields\n      }\n    }\n  }\n": types.UpdateContractSignatureDocument,
    "\n  query DashboardSummary($months: Int!) {\n    dashboard {\n      id\n      currentPeriod\n      monthlyTotals(months: $months) {\n        period\n        invoices { count totalCents }\n        creditNotes { count totalCents }\n        net { count baseCents taxCents totalCents }\n      }\n      subscriptionsByState {\n        state\n        count\n      }\n      receivables {\n        outstanding { count totalCents }\n        returned { count totalCents }\n      }\n      monthlyRecurring { count totalCents }\n    }\n  }\n": types.DashboardSummaryDocument,
    "\n  query UndeletableClients($first: Int!, $after: String) {\n    dashboard {\n      id\n      undeletableClients(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes {\n          id\n          code\n          name\n          deletion {\n            allowed\n            blockers { code message entityType entityId }\n          }\n        }\n      }\n    }\n  }\n": types.UndeletableClientsDocument,
    "\n  mutation CreateCreditNote($input: CreateCreditNoteInput!) {\n    createCreditNote(input: $input) {\n      id\n      number\n    }\n  }\n": types.CreateCreditNoteDocument,
    "\n  mutation MarkInvoicePaid($id: ID!) {\n    markInvoicePaid(id: $id) {\n      id\n      status\n    }\n  }\n": types.MarkInvoicePaidDocument,
    "\n  mutation MarkInvoiceReturned($id: ID!) {\n    markInvoiceReturned(id: $id) {\n      id\n      status\n    }\n  }\n": types.MarkInvoiceReturnedDocument,
    "\n  query InvoicePage($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceRow\n      series\n      version\n      creditReason\n      rectificationType\n      creditable {\n        totalCents\n        defaultRectificationType\n        lines {\n          lineId\n          position\n          amountCents\n          vatRate\n        }\n      }\n      availableActions {\n        action\n        available\n      }\n      period\n      baseCents\n      taxCents\n      vatBreakdown {\n        vatRate\n        baseCents\n        taxCents\n      }\n      billingAccount {\n        ...BillingAccountFields\n      }\n      contract {\n        id\n        number\n      }\n      rectifies {\n        id\n        number\n      }\n      creditNotes {\n        ...InvoiceRow\n      }\n      pdfUrl\n      ...InvoiceVerifactuFields\n      sepaDebits {\n        endToEndId\n        status\n        returnReasonCode\n        returnedOn\n        returnReason {\n          message\n          remedy\n        }\n      }\n      lines {\n        id\n        position\n        kind\n        description\n        from\n        to\n        days\n        daysInMonth\n        amountCents\n        vatRate\n      }\n    }\n  }\n": types.InvoicePageDocument,
    "\n  query Invoices($first: Int!, $after: String, $filter: InvoiceFilter, $sort: InvoiceSort) {\n    invoices(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...InvoiceRow\n      }\n    }\n    invoiceTotals(filter: $filter) {\n      count\n      baseCents\n      taxCents\n      totalCents\n    }\n  }\n": types.InvoicesDocument,
    "\n  query InvoiceClientOptions($search: String) {\n    clients(first: 20, search: $search) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.InvoiceClientOptionsDocument,
    "\n  mutation MarkInvoicesPaid($ids: [ID!]!) {\n    markInvoicesPaid(ids: $ids) {\n      paid\n      invoice {\n        id\n        number\n        status\n      }\n      refusal {\n        code\n        message\n        remedy\n      }\n    }\n  }\n": types.MarkInvoicesPaidDocument,
    "\n  mutation QueueInvoicePdfBatch($filter: InvoiceFilter) {\n    queueInvoicePdfBatch(filter: $filter) {\n      ...BackgroundJobFields\n    }\n  }\n": types.QueueInvoicePdfBatchDocument,
    "\n  query PdfBatchFile($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      file {\n        name\n        contentType\n        bytes\n        url\n        expiresAt\n      }\n    }\n  }\n": types.PdfBatchFileDocument,
    "\n  query Partners {\n    partners {\n      id\n      name\n      createdAt\n      apiKeys {\n        id\n        name\n        prefix\n        createdAt\n        revokedAt\n      }\n    }\n  }\n": types.PartnersDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n    }\n  }\n": types.CreatePartnerDocument,
    "\n  mutation CreateApiKey($partnerId: ID!, $name: String!) {\n    createApiKey(partnerId: $partnerId, name: $name) {\n      key\n      apiKey {\n        id\n        prefix\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  fragment RemittancePreviewFields on RemittancePreview {\n    collectionDate\n    painFormat\n    count\n    sumCents\n    groups {\n      sequenceType\n      count\n      sumCents\n    }\n    debits {\n      invoiceId\n      invoiceNumber\n      clientId\n      clientName\n      contractId\n      contractNumber\n      amountCents\n      endToEndId\n      sequenceType\n      iban\n      amended\n      reasons {\n        code\n        message\n      }\n    }\n    excludedCount\n    excludedByReason {\n      code\n      count\n    }\n    excluded {\n      invoiceId\n      invoiceNumber\n      clientId\n      clientName\n      totalCents\n      reason {\n        code\n        message\n        remedy\n      }\n    }\n  }\n": types.RemittancePreviewFieldsFragmentDoc,
    "\n  mutation QueueRemittancePreview($collectionDate: String!) {\n    queueRemittancePreview(collectionDate: $collectionDate, limit: 1000) {\n      ...BackgroundJobFields\n    }\n  }\n": types.QueueRemittancePreviewDocument,
    "\n  query RemittancePreviewJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      remittancePreview {\n        ...RemittancePreviewFields\n      }\n    }\n  }\n": types.RemittancePreviewJobDocument,
    "\n  fragment RemittanceFields on Remittance {\n    id\n    reference\n    painFormat\n    collectionDate\n    status\n    count\n    sumCents\n    createdAt\n    createdBy\n    settledAt\n    downloadPath\n  }\n": types.RemittanceFieldsFragmentDoc,
    "\n  query Remittances {\n    remittances(first: 50) {\n      ...RemittanceFields\n    }\n    sepaSettings {\n      complete\n      creditorName\n      creditorId\n      painFormat\n      daysBetweenIssueAndCollection\n      returnFeeEnabled\n      returnFeeCents\n    }\n  }\n": types.RemittancesDocument,
    "\n  mutation CreateRemittance($collectionDate: String!) {\n    createRemittance(collectionDate: $collectionDate) {\n      ...BackgroundJobFields\n    }\n  }\n": types.CreateRemittanceDocument,
    "\n  query RemittanceJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      remittance {\n        ...RemittanceFields\n      }\n    }\n  }\n": types.RemittanceJobDocument,
    "\n  mutation MarkRemittanceSettled($id: ID!) {\n    markRemittanceSettled(id: $id) {\n      ...RemittanceFields\n    }\n  }\n": types.MarkRemittanceSettledDocument,
    "\n  fragment BankReturnImportFields on BankReturnImport {\n    format\n    rowCount\n    applied\n    alreadyApplied\n    unmatched\n    ignored\n    rows {\n      endToEndId\n      reasonCode\n      returnedOn\n      outcome\n      invoiceId\n      invoiceNumber\n      fee\n      explanation {\n        code\n        message\n        remedy\n      }\n    }\n  }\n": types.BankReturnImportFieldsFragmentDoc,
    "\n  query GlobalSearch($term: String!, $first: Int) {\n    globalSearch(term: $term, first: $first) {\n      term\n      clients {\n        id\n        code\n        name\n        taxId\n        archivedAt\n      }\n      contracts {\n        id\n        number\n        status\n        client {\n          id\n          name\n        }\n      }\n      invoices {\n        id\n        number\n        kind\n        totalCents\n        client {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.GlobalSearchDocument,
    "\n  fragment SepaSettingsFields on SepaSettings {\n    complete\n    creditorName\n    creditorId\n    initiatingPartyId\n    iban\n    bic\n    painFormat\n    daysBetweenIssueAndCollection\n    returnFeeEnabled\n    returnFeeCents\n    returnFeeVatRate\n  }\n": types.SepaSettingsFieldsFragmentDoc,
    "\n  query SepaSettings {\n    sepaSettings {\n      ...SepaSettingsFields\n    }\n  }\n": types.SepaSettingsDocument,
    "\n  mutation UpdateSepaSettings($input: UpdateSepaSettingsInput!) {\n    updateSepaSettings(input: $input) {\n      ...SepaSettingsFields\n    }\n  }\n": types.UpdateSepaSettingsDocument,
    "\n  query BillingSettings {\n    billingSettings {\n      mode\n      massCreditOnTariffMigration\n    }\n  }\n": types.BillingSettingsDocument,
    "\n  mutation UpdateBillingSettings($input: UpdateBillingSettingsInput!) {\n    updateBillingSettings(input: $input) {\n      mode\n      massCreditOnTariffMigration\n    }\n  }\n": types.UpdateBillingSettingsDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment AdditionalAmountRow on AdditionalAmount {\n    id\n    description\n    amountCents\n    vatRate\n    kind\n    date\n    validFrom\n    validTo\n    version\n    invoicedThrough\n    deletion {\n      ...DeletionCheckFields\n    }\n  }\n": types.AdditionalAmountRowFragmentDoc,
    "\n  mutation AddAdditionalAmount($input: AddAdditionalAmountInput!) {\n    addAdditionalAmount(input: $input) {\n      id\n    }\n  }\n": types.AddAdditionalAmountDocument,
    "\n  fragment BonusRow on Bonus {\n    id\n    kind\n    percent\n    amountCents\n    description\n    validFrom\n    validTo\n    version\n    invoicedThrough\n    deletion {\n      ...DeletionCheckFields\n    }\n  }\n": types.BonusRowFragmentDoc,
    "\n  mutation AddBonus($input: AddBonusInput!) {\n    addBonus(input: $input) {\n      id\n    }\n  }\n": types.AddBonusDocument,
    "\n  mutation DeleteBonus($id: ID!, $version: Int!) {\n    deleteBonus(id: $id, version: $version) { deleted deletion { ...DeletionCheckFields } }\n  }\n": types.DeleteBonusDocument,
    "\n  mutation EndBonus($id: ID!, $version: Int!, $validTo: String!) {\n    endBonus(id: $id, version: $version, validTo: $validTo) { id validTo version }\n  }\n": types.EndBonusDocument,
    "\n  mutation DeleteAdditionalAmount($id: ID!, $version: Int!) {\n    deleteAdditionalAmount(id: $id, version: $version) { deleted deletion { ...DeletionCheckFields } }\n  }\n": types.DeleteAdditionalAmountDocument,
    "\n  mutation EndAdditionalAmount($id: ID!, $version: Int!, $validTo: String!) {\n    endAdditionalAmount(id: $id, version: $version, validTo: $validTo) { id validTo version }\n  }\n": types.EndAdditionalAmountDocument,
    "\n  query SubscriptionPage($id: ID!) {\n    serviceSubscription(id: $id) {\n      id\n      state\n      allowedTransitions\n      billingStartDate\n      stateChanges {\n        state\n        effectiveDate\n      }\n      tariffChanges {\n        tariffId\n        tariffCode\n        priceCents\n        effectiveDate\n      }\n      tariff {\n        id\n        code\n        name\n        priceCents\n      }\n      scheduledTariffChange {\n        effectiveFrom\n        tariff {\n          id\n          code\n          name\n          priceCents\n        }\n      }\n      contract {\n        id\n        number\n        client {\n          id\n          name\n        }\n      }\n      billing {\n        billable\n        code\n        reason\n      }\n      bonuses {\n        ...BonusRow\n      }\n      additionalAmounts {\n        ...AdditionalAmountRow\n      }\n      deletion {\n        ...DeletionCheckFields\n      }\n    }\n    tariffs {\n      ...TariffOption\n    }\n  }\n": types.SubscriptionPageDocument,
    "\n  mutation ChangeSubscriptionState($id: ID!, $state: SubscriptionState!, $effectiveDate: String!) {\n    changeSubscriptionState(id: $id, state: $state, effectiveDate: $effectiveDate) {\n      id\n      state\n    }\n  }\n": types.ChangeSubscriptionStateDocument,
    "\n  mutation MigrateSubscriptionTariff($id: ID!, $tariffId: ID!, $effectiveDate: String!) {\n    migrateSubscriptionTariff(id: $id, tariffId: $tariffId, effectiveDate: $effectiveDate) {\n      id\n    }\n  }\n": types.MigrateSubscriptionTariffDocument,
    "\n  mutation DeleteServiceSubscription($id: ID!) {\n    deleteServiceSubscription(id: $id) {\n      deleted\n      deletion {\n        ...DeletionCheckFields\n      }\n    }\n  }\n": types.DeleteServiceSubscriptionDocument,
    "\n  query Tariffs {\n    tariffs {\n      id\n      code\n      name\n      priceCents\n      vatRate\n    }\n  }\n": types.TariffsDocument,
    "\n  mutation CreateTariff($input: CreateTariffInput!) {\n    createTariff(input: $input) {\n      id\n    }\n  }\n": types.CreateTariffDocument,
    "\n  fragment VerifactuRecordActions on VerifactuRecord {\n    id\n    number\n    position\n    availableActions {\n      action\n      available\n      reason {\n        code\n        message\n        remedy\n      }\n    }\n  }\n": types.VerifactuRecordActionsFragmentDoc,
    "\n  fragment InvoiceVerifactuFields on Invoice {\n    id\n    voidedAt\n    verifactu {\n      hash\n      status\n      qrUrl\n      voided\n      records {\n        id\n        kind\n        status\n        errorCode\n        errorMessage\n        remedy\n        subsanacion\n        rechazoPrevio\n        correctedBy {\n          id\n          position\n        }\n        ...VerifactuRecordActions\n      }\n    }\n  }\n": types.InvoiceVerifactuFieldsFragmentDoc,
    "\n  mutation VoidInvoice($id: ID!) {\n    voidInvoice(id: $id) {\n      ...InvoiceVerifactuFields\n    }\n  }\n": types.VoidInvoiceDocument,
    "\n  query RejectedRecords($first: Int!, $after: String) {\n    verifactuRecordPage(status: REJECTED, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        number\n        issueDate\n        invoiceId\n        errorCode\n        errorMessage\n        answeredAt\n        remedy\n        ...VerifactuRecordActions\n      }\n    }\n  }\n": types.RejectedRecordsDocument,
    "\n  mutation ResendVerifactuRecord($id: ID!) {\n    resendVerifactuRecord(id: $id) {\n      id\n      status\n    }\n  }\n": types.ResendVerifactuRecordDocument,
    "\n  mutation CorrectVerifactuRecord($id: ID!) {\n    correctVerifactuRecord(id: $id) {\n      corrected\n      record {\n        id\n        status\n        ...VerifactuRecordActions\n      }\n      correction {\n        id\n        position\n        status\n        subsanacion\n        rechazoPrevio\n      }\n      refusal {\n        code\n        message\n        remedy\n      }\n    }\n  }\n": types.CorrectVerifactuRecordDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceRow on Invoice {\n    id\n    number\n    kind\n    issueDate\n    periodStart\n    periodEnd\n    totalCents\n    status\n    client {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment InvoiceRow on Invoice {\n    id\n    number\n    kind\n    issueDate\n    periodStart\n    periodEnd\n    totalCents\n    status\n    client {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeletionCheckFields on DeletionCheck {\n    allowed\n    blockers {\n      code\n      message\n      remedy\n      field\n      entityType\n      entityId\n    }\n  }\n"): (typeof documents)["\n  fragment DeletionCheckFields on DeletionCheck {\n    allowed\n    blockers {\n      code\n      message\n      remedy\n      field\n      entityType\n      entityId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BackgroundJobFields on BackgroundJob {\n    id\n    kind\n    status\n    itemsDone\n    itemsTotal\n    createdAt\n    startedAt\n    finishedAt\n    failure {\n      code\n      message\n      remedy\n      field\n    }\n  }\n"): (typeof documents)["\n  fragment BackgroundJobFields on BackgroundJob {\n    id\n    kind\n    status\n    itemsDone\n    itemsTotal\n    createdAt\n    startedAt\n    finishedAt\n    failure {\n      code\n      message\n      remedy\n      field\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackgroundJob($id: ID!) {\n    backgroundJob(id: $id) {\n      ...BackgroundJobFields\n    }\n  }\n"): (typeof documents)["\n  query BackgroundJob($id: ID!) {\n    backgroundJob(id: $id) {\n      ...BackgroundJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BillingAccountFields on BillingAccount {\n    iban\n    source\n    explanation\n  }\n"): (typeof documents)["\n  fragment BillingAccountFields on BillingAccount {\n    iban\n    source\n    explanation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignatureFields on ContractSignature {\n    signedAt\n    signerName\n    signerTaxId\n    iban\n    mandateReference\n  }\n"): (typeof documents)["\n  fragment SignatureFields on ContractSignature {\n    signedAt\n    signerName\n    signerTaxId\n    iban\n    mandateReference\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TariffOption on Tariff {\n    id\n    code\n    name\n    priceCents\n  }\n"): (typeof documents)["\n  fragment TariffOption on Tariff {\n    id\n    code\n    name\n    priceCents\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingMode {\n    billingSettings {\n      mode\n      massCreditOnTariffMigration\n    }\n  }\n"): (typeof documents)["\n  query BillingMode {\n    billingSettings {\n      mode\n      massCreditOnTariffMigration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BillingPreviewFields on BillingPreview {\n    period\n    mode\n    issueDate\n    invoiceCount\n    skippedCount\n    baseCents\n    taxCents\n    totalCents\n    skippedByReason {\n      code\n      count\n    }\n    invoices {\n      contractId\n      contractNumber\n      clientId\n      baseCents\n      taxCents\n      totalCents\n      billingAccount {\n        ...BillingAccountFields\n      }\n      lines {\n        id\n        description\n        amountCents\n      }\n    }\n    skipped {\n      contractId\n      contractNumber\n      clientId\n      code\n      message\n      remedy\n    }\n  }\n"): (typeof documents)["\n  fragment BillingPreviewFields on BillingPreview {\n    period\n    mode\n    issueDate\n    invoiceCount\n    skippedCount\n    baseCents\n    taxCents\n    totalCents\n    skippedByReason {\n      code\n      count\n    }\n    invoices {\n      contractId\n      contractNumber\n      clientId\n      baseCents\n      taxCents\n      totalCents\n      billingAccount {\n        ...BillingAccountFields\n      }\n      lines {\n        id\n        description\n        amountCents\n      }\n    }\n    skipped {\n      contractId\n      contractNumber\n      clientId\n      code\n      message\n      remedy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueBillingPreview($period: String!) {\n    queueBillingPreview(period: $period, limit: 1000) {\n      ...BackgroundJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation QueueBillingPreview($period: String!) {\n    queueBillingPreview(period: $period, limit: 1000) {\n      ...BackgroundJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingPreviewJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      billingPreview {\n        ...BillingPreviewFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query BillingPreviewJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      billingPreview {\n        ...BillingPreviewFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BillingRunFields on BillingRun {\n    id\n    kind\n    period\n    status\n    issueDate\n    invoiceCount\n    skippedCount\n    totalCents\n    firstNumber\n    lastNumber\n    itemsDone\n    itemsTotal\n    skippedByReason {\n      code\n      count\n    }\n    failure {\n      code\n      message\n      remedy\n    }\n  }\n"): (typeof documents)["\n  fragment BillingRunFields on BillingRun {\n    id\n    kind\n    period\n    status\n    issueDate\n    invoiceCount\n    skippedCount\n    totalCents\n    firstNumber\n    lastNumber\n    itemsDone\n    itemsTotal\n    skippedByReason {\n      code\n      count\n    }\n    failure {\n      code\n      message\n      remedy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingRun($id: ID!) {\n    billingRun(id: $id) {\n      ...BillingRunFields\n    }\n  }\n"): (typeof documents)["\n  query BillingRun($id: ID!) {\n    billingRun(id: $id) {\n      ...BillingRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingRuns {\n    billingRuns(first: 10) {\n      ...BillingRunFields\n      actorName\n      startedAt\n      finishedAt\n    }\n  }\n"): (typeof documents)["\n  query BillingRuns {\n    billingRuns(first: 10) {\n      ...BillingRunFields\n      actorName\n      startedAt\n      finishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunBilling($period: String!) {\n    runBilling(period: $period) {\n      ...BillingRunFields\n    }\n  }\n"): (typeof documents)["\n  mutation RunBilling($period: String!) {\n    runBilling(period: $period) {\n      ...BillingRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunMassCredit($period: String!) {\n    runMassCredit(period: $period) {\n      ...BillingRunFields\n    }\n  }\n"): (typeof documents)["\n  mutation RunMassCredit($period: String!) {\n    runMassCredit(period: $period) {\n      ...BillingRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveClient($id: ID!, $version: Int!) {\n    archiveClient(id: $id, version: $version) { id archivedAt version }\n  }\n"): (typeof documents)["\n  mutation ArchiveClient($id: ID!, $version: Int!) {\n    archiveClient(id: $id, version: $version) { id archivedAt version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnarchiveClient($id: ID!, $version: Int!) {\n    unarchiveClient(id: $id, version: $version) { id archivedAt version }\n  }\n"): (typeof documents)["\n  mutation UnarchiveClient($id: ID!, $version: Int!) {\n    unarchiveClient(id: $id, version: $version) { id archivedAt version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actorType\n    actorName\n    action\n    entityType\n    entityId\n    changes {\n      field\n      from\n      to\n    }\n  }\n"): (typeof documents)["\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actorType\n    actorName\n    action\n    entityType\n    entityId\n    changes {\n      field\n      from\n      to\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientContract on Contract {\n    id\n    version\n    number\n    status\n    billingAccount {\n      iban\n      source\n    }\n    sepaMandateBlock {\n      message\n      remedy\n    }\n    subscriptions {\n      id\n      state\n      tariff {\n        id\n        code\n        name\n      }\n      billing {\n        billable\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ClientContract on Contract {\n    id\n    version\n    number\n    status\n    billingAccount {\n      iban\n      source\n    }\n    sepaMandateBlock {\n      message\n      remedy\n    }\n    subscriptions {\n      id\n      state\n      tariff {\n        id\n        code\n        name\n      }\n      billing {\n        billable\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientProfile on Client {\n    id\n    version\n    code\n    kind\n    name\n    taxId\n    email\n    phone\n    address\n    iban\n    archivedAt\n    partner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ClientProfile on Client {\n    id\n    version\n    code\n    kind\n    name\n    taxId\n    email\n    phone\n    address\n    iban\n    archivedAt\n    partner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientPage($id: ID!) {\n    client(id: $id) {\n      ...ClientProfile\n      deletion {\n        ...DeletionCheckFields\n      }\n      contracts {\n        ...ClientContract\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientPage($id: ID!) {\n    client(id: $id) {\n      ...ClientProfile\n      deletion {\n        ...DeletionCheckFields\n      }\n      contracts {\n        ...ClientContract\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientInvoices($clientId: ID!) {\n    invoices(clientId: $clientId, first: 100) {\n      totalCount\n      nodes {\n        ...InvoiceRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientInvoices($clientId: ID!) {\n    invoices(clientId: $clientId, first: 100) {\n      totalCount\n      nodes {\n        ...InvoiceRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientAudit($id: ID!) {\n    client(id: $id) {\n      id\n      auditTrail(first: 100) {\n        totalCount\n        nodes {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientAudit($id: ID!) {\n    client(id: $id) {\n      id\n      auditTrail(first: 100) {\n        totalCount\n        nodes {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      client {\n        ...ClientProfile\n      }\n      warnings {\n        code\n        message\n        entityType\n        entityId\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      client {\n        ...ClientProfile\n      }\n      warnings {\n        code\n        message\n        entityType\n        entityId\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteClient($id: ID!) {\n    deleteClient(id: $id) {\n      deleted\n      deletion {\n        ...DeletionCheckFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteClient($id: ID!) {\n    deleteClient(id: $id) {\n      deleted\n      deletion {\n        ...DeletionCheckFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientRow on Client {\n    id\n    code\n    name\n    taxId\n    email\n    archivedAt\n    deletion {\n      allowed\n    }\n  }\n"): (typeof documents)["\n  fragment ClientRow on Client {\n    id\n    code\n    name\n    taxId\n    email\n    archivedAt\n    deletion {\n      allowed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Clients($first: Int!, $after: String, $search: String, $includeArchived: Boolean, $partnerId: ID, $subscriptionState: SubscriptionState) {\n    clients(first: $first, after: $after, search: $search, includeArchived: $includeArchived, partnerId: $partnerId, subscriptionState: $subscriptionState) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ClientRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Clients($first: Int!, $after: String, $search: String, $includeArchived: Boolean, $partnerId: ID, $subscriptionState: SubscriptionState) {\n    clients(first: $first, after: $after, search: $search, includeArchived: $includeArchived, partnerId: $partnerId, subscriptionState: $subscriptionState) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ClientRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOptions {\n    partners {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PartnerOptions {\n    partners {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxIdDuplicates($taxId: String!, $clientId: ID) {\n    taxIdDuplicates(taxId: $taxId, clientId: $clientId) {\n      code\n      message\n      remedy\n      entityId\n    }\n  }\n"): (typeof documents)["\n  query TaxIdDuplicates($taxId: String!, $clientId: ID) {\n    taxIdDuplicates(taxId: $taxId, clientId: $clientId) {\n      code\n      message\n      remedy\n      entityId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractSubscription on ServiceSubscription {\n    id\n    state\n    tariff {\n      id\n      code\n      name\n      priceCents\n    }\n    billing {\n      billable\n      code\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment ContractSubscription on ServiceSubscription {\n    id\n    state\n    tariff {\n      id\n      code\n      name\n      priceCents\n    }\n    billing {\n      billable\n      code\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractPage($id: ID!) {\n    contract(id: $id) {\n      id\n      version\n      availableActions {\n        action\n        available\n      }\n      number\n      status\n      client {\n        id\n        name\n        taxId\n        iban\n      }\n      signature {\n        ...SignatureFields\n      }\n      billingAccount {\n        ...BillingAccountFields\n      }\n      sepaMandateBlock {\n        code\n        message\n        remedy\n      }\n      subscriptions {\n        ...ContractSubscription\n      }\n      deletion {\n        ...DeletionCheckFields\n      }\n    }\n    tariffs {\n      ...TariffOption\n    }\n  }\n"): (typeof documents)["\n  query ContractPage($id: ID!) {\n    contract(id: $id) {\n      id\n      version\n      availableActions {\n        action\n        available\n      }\n      number\n      status\n      client {\n        id\n        name\n        taxId\n        iban\n      }\n      signature {\n        ...SignatureFields\n      }\n      billingAccount {\n        ...BillingAccountFields\n      }\n      sepaMandateBlock {\n        code\n        message\n        remedy\n      }\n      subscriptions {\n        ...ContractSubscription\n      }\n      deletion {\n        ...DeletionCheckFields\n      }\n    }\n    tariffs {\n      ...TariffOption\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignContract($input: SignContractInput!) {\n    signContract(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SignContract($input: SignContractInput!) {\n    signContract(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServiceSubscription($input: CreateServiceSubscriptionInput!) {\n    createServiceSubscription(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateServiceSubscription($input: CreateServiceSubscriptionInput!) {\n    createServiceSubscription(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContract($id: ID!) {\n    deleteContract(id: $id) {\n      deleted\n      deletion {\n        ...DeletionCheckFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteContract($id: ID!) {\n    deleteContract(id: $id) {\n      deleted\n      deletion {\n        ...DeletionCheckFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateContract($input: TerminateContractInput!) {\n    terminateContract(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TerminateContract($input: TerminateContractInput!) {\n    terminateContract(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContractSignature($input: UpdateContractSignatureInput!) {\n    updateContractSignature(input: $input) {\n      id\n      version\n      signature {\n        ...SignatureFields\n      }\n      billingAccount {\n        ...BillingAccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContractSignature($input: UpdateContractSignatureInput!) {\n    updateContractSignature(input: $input) {\n      id\n      version\n      signature {\n        ...SignatureFields\n      }\n      billingAccount {\n        ...BillingAccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardSummary($months: Int!) {\n    dashboard {\n      id\n      currentPeriod\n      monthlyTotals(months: $months) {\n        period\n        invoices { count totalCents }\n        creditNotes { count totalCents }\n        net { count baseCents taxCents totalCents }\n      }\n      subscriptionsByState {\n        state\n        count\n      }\n      receivables {\n        outstanding { count totalCents }\n        returned { count totalCents }\n      }\n      monthlyRecurring { count totalCents }\n    }\n  }\n"): (typeof documents)["\n  query DashboardSummary($months: Int!) {\n    dashboard {\n      id\n      currentPeriod\n      monthlyTotals(months: $months) {\n        period\n        invoices { count totalCents }\n        creditNotes { count totalCents }\n        net { count baseCents taxCents totalCents }\n      }\n      subscriptionsByState {\n        state\n        count\n      }\n      receivables {\n        outstanding { count totalCents }\n        returned { count totalCents }\n      }\n      monthlyRecurring { count totalCents }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UndeletableClients($first: Int!, $after: String) {\n    dashboard {\n      id\n      undeletableClients(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes {\n          id\n          code\n          name\n          deletion {\n            allowed\n            blockers { code message entityType entityId }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UndeletableClients($first: Int!, $after: String) {\n    dashboard {\n      id\n      undeletableClients(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes {\n          id\n          code\n          name\n          deletion {\n            allowed\n            blockers { code message entityType entityId }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCreditNote($input: CreateCreditNoteInput!) {\n    createCreditNote(input: $input) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCreditNote($input: CreateCreditNoteInput!) {\n    createCreditNote(input: $input) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkInvoicePaid($id: ID!) {\n    markInvoicePaid(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MarkInvoicePaid($id: ID!) {\n    markInvoicePaid(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkInvoiceReturned($id: ID!) {\n    markInvoiceReturned(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MarkInvoiceReturned($id: ID!) {\n    markInvoiceReturned(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicePage($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceRow\n      series\n      version\n      creditReason\n      rectificationType\n      creditable {\n        totalCents\n        defaultRectificationType\n        lines {\n          lineId\n          position\n          amountCents\n          vatRate\n        }\n      }\n      availableActions {\n        action\n        available\n      }\n      period\n      baseCents\n      taxCents\n      vatBreakdown {\n        vatRate\n        baseCents\n        taxCents\n      }\n      billingAccount {\n        ...BillingAccountFields\n      }\n      contract {\n        id\n        number\n      }\n      rectifies {\n        id\n        number\n      }\n      creditNotes {\n        ...InvoiceRow\n      }\n      pdfUrl\n      ...InvoiceVerifactuFields\n      sepaDebits {\n        endToEndId\n        status\n        returnReasonCode\n        returnedOn\n        returnReason {\n          message\n          remedy\n        }\n      }\n      lines {\n        id\n        position\n        kind\n        description\n        from\n        to\n        days\n        daysInMonth\n        amountCents\n        vatRate\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoicePage($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceRow\n      series\n      version\n      creditReason\n      rectificationType\n      creditable {\n        totalCents\n        defaultRectificationType\n        lines {\n          lineId\n          position\n          amountCents\n          vatRate\n        }\n      }\n      availableActions {\n        action\n        available\n      }\n      period\n      baseCents\n      taxCents\n      vatBreakdown {\n        vatRate\n        baseCents\n        taxCents\n      }\n      billingAccount {\n        ...BillingAccountFields\n      }\n      contract {\n        id\n        number\n      }\n      rectifies {\n        id\n        number\n      }\n      creditNotes {\n        ...InvoiceRow\n      }\n      pdfUrl\n      ...InvoiceVerifactuFields\n      sepaDebits {\n        endToEndId\n        status\n        returnReasonCode\n        returnedOn\n        returnReason {\n          message\n          remedy\n        }\n      }\n      lines {\n        id\n        position\n        kind\n        description\n        from\n        to\n        days\n        daysInMonth\n        amountCents\n        vatRate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invoices($first: Int!, $after: String, $filter: InvoiceFilter, $sort: InvoiceSort) {\n    invoices(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...InvoiceRow\n      }\n    }\n    invoiceTotals(filter: $filter) {\n      count\n      baseCents\n      taxCents\n      totalCents\n    }\n  }\n"): (typeof documents)["\n  query Invoices($first: Int!, $after: String, $filter: InvoiceFilter, $sort: InvoiceSort) {\n    invoices(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...InvoiceRow\n      }\n    }\n    invoiceTotals(filter: $filter) {\n      count\n      baseCents\n      taxCents\n      totalCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceClientOptions($search: String) {\n    clients(first: 20, search: $search) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceClientOptions($search: String) {\n    clients(first: 20, search: $search) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkInvoicesPaid($ids: [ID!]!) {\n    markInvoicesPaid(ids: $ids) {\n      paid\n      invoice {\n        id\n        number\n        status\n      }\n      refusal {\n        code\n        message\n        remedy\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkInvoicesPaid($ids: [ID!]!) {\n    markInvoicesPaid(ids: $ids) {\n      paid\n      invoice {\n        id\n        number\n        status\n      }\n      refusal {\n        code\n        message\n        remedy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueInvoicePdfBatch($filter: InvoiceFilter) {\n    queueInvoicePdfBatch(filter: $filter) {\n      ...BackgroundJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation QueueInvoicePdfBatch($filter: InvoiceFilter) {\n    queueInvoicePdfBatch(filter: $filter) {\n      ...BackgroundJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PdfBatchFile($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      file {\n        name\n        contentType\n        bytes\n        url\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PdfBatchFile($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      file {\n        name\n        contentType\n        bytes\n        url\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Partners {\n    partners {\n      id\n      name\n      createdAt\n      apiKeys {\n        id\n        name\n        prefix\n        createdAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Partners {\n    partners {\n      id\n      name\n      createdAt\n      apiKeys {\n        id\n        name\n        prefix\n        createdAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($partnerId: ID!, $name: String!) {\n    createApiKey(partnerId: $partnerId, name: $name) {\n      key\n      apiKey {\n        id\n        prefix\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($partnerId: ID!, $name: String!) {\n    createApiKey(partnerId: $partnerId, name: $name) {\n      key\n      apiKey {\n        id\n        prefix\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RemittancePreviewFields on RemittancePreview {\n    collectionDate\n    painFormat\n    count\n    sumCents\n    groups {\n      sequenceType\n      count\n      sumCents\n    }\n    debits {\n      invoiceId\n      invoiceNumber\n      clientId\n      clientName\n      contractId\n      contractNumber\n      amountCents\n      endToEndId\n      sequenceType\n      iban\n      amended\n      reasons {\n        code\n        message\n      }\n    }\n    excludedCount\n    excludedByReason {\n      code\n      count\n    }\n    excluded {\n      invoiceId\n      invoiceNumber\n      clientId\n      clientName\n      totalCents\n      reason {\n        code\n        message\n        remedy\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RemittancePreviewFields on RemittancePreview {\n    collectionDate\n    painFormat\n    count\n    sumCents\n    groups {\n      sequenceType\n      count\n      sumCents\n    }\n    debits {\n      invoiceId\n      invoiceNumber\n      clientId\n      clientName\n      contractId\n      contractNumber\n      amountCents\n      endToEndId\n      sequenceType\n      iban\n      amended\n      reasons {\n        code\n        message\n      }\n    }\n    excludedCount\n    excludedByReason {\n      code\n      count\n    }\n    excluded {\n      invoiceId\n      invoiceNumber\n      clientId\n      clientName\n      totalCents\n      reason {\n        code\n        message\n        remedy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueRemittancePreview($collectionDate: String!) {\n    queueRemittancePreview(collectionDate: $collectionDate, limit: 1000) {\n      ...BackgroundJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation QueueRemittancePreview($collectionDate: String!) {\n    queueRemittancePreview(collectionDate: $collectionDate, limit: 1000) {\n      ...BackgroundJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemittancePreviewJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      remittancePreview {\n        ...RemittancePreviewFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RemittancePreviewJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      remittancePreview {\n        ...RemittancePreviewFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RemittanceFields on Remittance {\n    id\n    reference\n    painFormat\n    collectionDate\n    status\n    count\n    sumCents\n    createdAt\n    createdBy\n    settledAt\n    downloadPath\n  }\n"): (typeof documents)["\n  fragment RemittanceFields on Remittance {\n    id\n    reference\n    painFormat\n    collectionDate\n    status\n    count\n    sumCents\n    createdAt\n    createdBy\n    settledAt\n    downloadPath\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Remittances {\n    remittances(first: 50) {\n      ...RemittanceFields\n    }\n    sepaSettings {\n      complete\n      creditorName\n      creditorId\n      painFormat\n      daysBetweenIssueAndCollection\n      returnFeeEnabled\n      returnFeeCents\n    }\n  }\n"): (typeof documents)["\n  query Remittances {\n    remittances(first: 50) {\n      ...RemittanceFields\n    }\n    sepaSettings {\n      complete\n      creditorName\n      creditorId\n      painFormat\n      daysBetweenIssueAndCollection\n      returnFeeEnabled\n      returnFeeCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRemittance($collectionDate: String!) {\n    createRemittance(collectionDate: $collectionDate) {\n      ...BackgroundJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRemittance($collectionDate: String!) {\n    createRemittance(collectionDate: $collectionDate) {\n      ...BackgroundJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemittanceJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      remittance {\n        ...RemittanceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RemittanceJob($id: ID!) {\n    backgroundJob(id: $id) {\n      id\n      remittance {\n        ...RemittanceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRemittanceSettled($id: ID!) {\n    markRemittanceSettled(id: $id) {\n      ...RemittanceFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkRemittanceSettled($id: ID!) {\n    markRemittanceSettled(id: $id) {\n      ...RemittanceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BankReturnImportFields on BankReturnImport {\n    format\n    rowCount\n    applied\n    alreadyApplied\n    unmatched\n    ignored\n    rows {\n      endToEndId\n      reasonCode\n      returnedOn\n      outcome\n      invoiceId\n      invoiceNumber\n      fee\n      explanation {\n        code\n        message\n        remedy\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BankReturnImportFields on BankReturnImport {\n    format\n    rowCount\n    applied\n    alreadyApplied\n    unmatched\n    ignored\n    rows {\n      endToEndId\n      reasonCode\n      returnedOn\n      outcome\n      invoiceId\n      invoiceNumber\n      fee\n      explanation {\n        code\n        message\n        remedy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GlobalSearch($term: String!, $first: Int) {\n    globalSearch(term: $term, first: $first) {\n      term\n      clients {\n        id\n        code\n        name\n        taxId\n        archivedAt\n      }\n      contracts {\n        id\n        number\n        status\n        client {\n          id\n          name\n        }\n      }\n      invoices {\n        id\n        number\n        kind\n        totalCents\n        client {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GlobalSearch($term: String!, $first: Int) {\n    globalSearch(term: $term, first: $first) {\n      term\n      clients {\n        id\n        code\n        name\n        taxId\n        archivedAt\n      }\n      contracts {\n        id\n        number\n        status\n        client {\n          id\n          name\n        }\n      }\n      invoices {\n        id\n        number\n        kind\n        totalCents\n        client {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SepaSettingsFields on SepaSettings {\n    complete\n    creditorName\n    creditorId\n    initiatingPartyId\n    iban\n    bic\n    painFormat\n    daysBetweenIssueAndCollection\n    returnFeeEnabled\n    returnFeeCents\n    returnFeeVatRate\n  }\n"): (typeof documents)["\n  fragment SepaSettingsFields on SepaSettings {\n    complete\n    creditorName\n    creditorId\n    initiatingPartyId\n    iban\n    bic\n    painFormat\n    daysBetweenIssueAndCollection\n    returnFeeEnabled\n    returnFeeCents\n    returnFeeVatRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SepaSettings {\n    sepaSettings {\n      ...SepaSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query SepaSettings {\n    sepaSettings {\n      ...SepaSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSepaSettings($input: UpdateSepaSettingsInput!) {\n    updateSepaSettings(input: $input) {\n      ...SepaSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSepaSettings($input: UpdateSepaSettingsInput!) {\n    updateSepaSettings(input: $input) {\n      ...SepaSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingSettings {\n    billingSettings {\n      mode\n      massCreditOnTariffMigration\n    }\n  }\n"): (typeof documents)["\n  query BillingSettings {\n    billingSettings {\n      mode\n      massCreditOnTariffMigration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBillingSettings($input: UpdateBillingSettingsInput!) {\n    updateBillingSettings(input: $input) {\n      mode\n      massCreditOnTariffMigration\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBillingSettings($input: UpdateBillingSettingsInput!) {\n    updateBillingSettings(input: $input) {\n      mode\n      massCreditOnTariffMigration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdditionalAmountRow on AdditionalAmount {\n    id\n    description\n    amountCents\n    vatRate\n    kind\n    date\n    validFrom\n    validTo\n    version\n    invoicedThrough\n    deletion {\n      ...DeletionCheckFields\n    }\n  }\n"): (typeof documents)["\n  fragment AdditionalAmountRow on AdditionalAmount {\n    id\n    description\n    amountCents\n    vatRate\n    kind\n    date\n    validFrom\n    validTo\n    version\n    invoicedThrough\n    deletion {\n      ...DeletionCheckFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAdditionalAmount($input: AddAdditionalAmountInput!) {\n    addAdditionalAmount(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddAdditionalAmount($input: AddAdditionalAmountInput!) {\n    addAdditionalAmount(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BonusRow on Bonus {\n    id\n    kind\n    percent\n    amountCents\n    description\n    validFrom\n    validTo\n    version\n    invoicedThrough\n    deletion {\n      ...DeletionCheckFields\n    }\n  }\n"): (typeof documents)["\n  fragment BonusRow on Bonus {\n    id\n    kind\n    percent\n    amountCents\n    description\n    validFrom\n    validTo\n    version\n    invoicedThrough\n    deletion {\n      ...DeletionCheckFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddBonus($input: AddBonusInput!) {\n    addBonus(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddBonus($input: AddBonusInput!) {\n    addBonus(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBonus($id: ID!, $version: Int!) {\n    deleteBonus(id: $id, version: $version) { deleted deletion { ...DeletionCheckFields } }\n  }\n"): (typeof documents)["\n  mutation DeleteBonus($id: ID!, $version: Int!) {\n    deleteBonus(id: $id, version: $version) { deleted deletion { ...DeletionCheckFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndBonus($id: ID!, $version: Int!, $validTo: String!) {\n    endBonus(id: $id, version: $version, validTo: $validTo) { id validTo version }\n  }\n"): (typeof documents)["\n  mutation EndBonus($id: ID!, $version: Int!, $validTo: String!) {\n    endBonus(id: $id, version: $version, validTo: $validTo) { id validTo version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAdditionalAmount($id: ID!, $version: Int!) {\n    deleteAdditionalAmount(id: $id, version: $version) { deleted deletion { ...DeletionCheckFields } }\n  }\n"): (typeof documents)["\n  mutation DeleteAdditionalAmount($id: ID!, $version: Int!) {\n    deleteAdditionalAmount(id: $id, version: $version) { deleted deletion { ...DeletionCheckFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndAdditionalAmount($id: ID!, $version: Int!, $validTo: String!) {\n    endAdditionalAmount(id: $id, version: $version, validTo: $validTo) { id validTo version }\n  }\n"): (typeof documents)["\n  mutation EndAdditionalAmount($id: ID!, $version: Int!, $validTo: String!) {\n    endAdditionalAmount(id: $id, version: $version, validTo: $validTo) { id validTo version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubscriptionPage($id: ID!) {\n    serviceSubscription(id: $id) {\n      id\n      state\n      allowedTransitions\n      billingStartDate\n      stateChanges {\n        state\n        effectiveDate\n      }\n      tariffChanges {\n        tariffId\n        tariffCode\n        priceCents\n        effectiveDate\n      }\n      tariff {\n        id\n        code\n        name\n        priceCents\n      }\n      scheduledTariffChange {\n        effectiveFrom\n        tariff {\n          id\n          code\n          name\n          priceCents\n        }\n      }\n      contract {\n        id\n        number\n        client {\n          id\n          name\n        }\n      }\n      billing {\n        billable\n        code\n        reason\n      }\n      bonuses {\n        ...BonusRow\n      }\n      additionalAmounts {\n        ...AdditionalAmountRow\n      }\n      deletion {\n        ...DeletionCheckFields\n      }\n    }\n    tariffs {\n      ...TariffOption\n    }\n  }\n"): (typeof documents)["\n  query SubscriptionPage($id: ID!) {\n    serviceSubscription(id: $id) {\n      id\n      state\n      allowedTransitions\n      billingStartDate\n      stateChanges {\n        state\n        effectiveDate\n      }\n      tariffChanges {\n        tariffId\n        tariffCode\n        priceCents\n        effectiveDate\n      }\n      tariff {\n        id\n        code\n        name\n        priceCents\n      }\n      scheduledTariffChange {\n        effectiveFrom\n        tariff {\n          id\n          code\n          name\n          priceCents\n        }\n      }\n      contract {\n        id\n        number\n        client {\n          id\n          name\n        }\n      }\n      billing {\n        billable\n        code\n        reason\n      }\n      bonuses {\n        ...BonusRow\n      }\n      additionalAmounts {\n        ...AdditionalAmountRow\n      }\n      deletion {\n        ...DeletionCheckFields\n      }\n    }\n    tariffs {\n      ...TariffOption\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeSubscriptionState($id: ID!, $state: SubscriptionState!, $effectiveDate: String!) {\n    changeSubscriptionState(id: $id, state: $state, effectiveDate: $effectiveDate) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeSubscriptionState($id: ID!, $state: SubscriptionState!, $effectiveDate: String!) {\n    changeSubscriptionState(id: $id, state: $state, effectiveDate: $effectiveDate) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MigrateSubscriptionTariff($id: ID!, $tariffId: ID!, $effectiveDate: String!) {\n    migrateSubscriptionTariff(id: $id, tariffId: $tariffId, effectiveDate: $effectiveDate) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MigrateSubscriptionTariff($id: ID!, $tariffId: ID!, $effectiveDate: String!) {\n    migrateSubscriptionTariff(id: $id, tariffId: $tariffId, effectiveDate: $effectiveDate) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteServiceSubscription($id: ID!) {\n    deleteServiceSubscription(id: $id) {\n      deleted\n      deletion {\n        ...DeletionCheckFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteServiceSubscription($id: ID!) {\n    deleteServiceSubscription(id: $id) {\n      deleted\n      deletion {\n        ...DeletionCheckFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tariffs {\n    tariffs {\n      id\n      code\n      name\n      priceCents\n      vatRate\n    }\n  }\n"): (typeof documents)["\n  query Tariffs {\n    tariffs {\n      id\n      code\n      name\n      priceCents\n      vatRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTariff($input: CreateTariffInput!) {\n    createTariff(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTariff($input: CreateTariffInput!) {\n    createTariff(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerifactuRecordActions on VerifactuRecord {\n    id\n    number\n    position\n    availableActions {\n      action\n      available\n      reason {\n        code\n        message\n        remedy\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment VerifactuRecordActions on VerifactuRecord {\n    id\n    number\n    position\n    availableActions {\n      action\n      available\n      reason {\n        code\n        message\n        remedy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceVerifactuFields on Invoice {\n    id\n    voidedAt\n    verifactu {\n      hash\n      status\n      qrUrl\n      voided\n      records {\n        id\n        kind\n        status\n        errorCode\n        errorMessage\n        remedy\n        subsanacion\n        rechazoPrevio\n        correctedBy {\n          id\n          position\n        }\n        ...VerifactuRecordActions\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InvoiceVerifactuFields on Invoice {\n    id\n    voidedAt\n    verifactu {\n      hash\n      status\n      qrUrl\n      voided\n      records {\n        id\n        kind\n        status\n        errorCode\n        errorMessage\n        remedy\n        subsanacion\n        rechazoPrevio\n        correctedBy {\n          id\n          position\n        }\n        ...VerifactuRecordActions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidInvoice($id: ID!) {\n    voidInvoice(id: $id) {\n      ...InvoiceVerifactuFields\n    }\n  }\n"): (typeof documents)["\n  mutation VoidInvoice($id: ID!) {\n    voidInvoice(id: $id) {\n      ...InvoiceVerifactuFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RejectedRecords($first: Int!, $after: String) {\n    verifactuRecordPage(status: REJECTED, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        number\n        issueDate\n        invoiceId\n        errorCode\n        errorMessage\n        answeredAt\n        remedy\n        ...VerifactuRecordActions\n      }\n    }\n  }\n"): (typeof documents)["\n  query RejectedRecords($first: Int!, $after: String) {\n    verifactuRecordPage(status: REJECTED, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        number\n        issueDate\n        invoiceId\n        errorCode\n        errorMessage\n        answeredAt\n        remedy\n        ...VerifactuRecordActions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerifactuRecord($id: ID!) {\n    resendVerifactuRecord(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ResendVerifactuRecord($id: ID!) {\n    resendVerifactuRecord(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectVerifactuRecord($id: ID!) {\n    correctVerifactuRecord(id: $id) {\n      corrected\n      record {\n        id\n        status\n        ...VerifactuRecordActions\n      }\n      correction {\n        id\n        position\n        status\n        subsanacion\n        rechazoPrevio\n      }\n      refusal {\n        code\n        message\n        remedy\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectVerifactuRecord($id: ID!) {\n    correctVerifactuRecord(id: $id) {\n      corrected\n      record {\n        id\n        status\n        ...VerifactuRecordActions\n      }\n      correction {\n        id\n        position\n        status\n        subsanacion\n        rechazoPrevio\n      }\n      refusal {\n        code\n        message\n        remedy\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;