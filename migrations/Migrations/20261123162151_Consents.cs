using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PortfolioEval.Migrations
{
    /// <inheritdoc />
    public partial class Consents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LastActiveAt",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Accounts made before this column count as active since they were created, not since year 1.
            migrationBuilder.Sql("UPDATE \"AspNetUsers\" SET \"LastActiveAt\" = \"CreatedAt\";");

            migrationBuilder.AddColumn<long>(
                name: "RetentionWarnedAt",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AccessLog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<string>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecruiterId = table.Column<string>(type: "TEXT", nullable: false),
                    ConsentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Openings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SectorCodes = table.Column<string>(type: "TEXT", nullable: false),
                    TargetDealSize = table.Column<decimal>(type: "TEXT", nullable: true),
                    TargetCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    FreshnessWeight = table.Column<double>(type: "REAL", nullable: false),
                    RelevanceWeight = table.Column<double>(type: "REAL", nullable: false),
                    DealValueWeight = table.Column<double>(type: "REAL", nullable: false),
                    QualityWeight = table.Column<double>(type: "REAL", nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublicCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Openings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Openings_HiringCompanies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "HiringCompanies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RetentionPolicy",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    InactiveMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    WarningDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionPolicy", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<string>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpeningId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BookId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SharedName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PrivacyNoticeVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReceiptJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consents_HiringCompanies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "HiringCompanies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consents_Openings_OpeningId",
                        column: x => x.OpeningId,
                        principalTable: "Openings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SharedReports",
                columns: table => new
                {
                    ConsentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompositeScore = table.Column<int>(type: "INTEGER", nullable: false),
                    Ciphertext = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedReports", x => x.ConsentId);
                    table.ForeignKey(
                        name: "FK_SharedReports_Consents_ConsentId",
                        column: x => x.ConsentId,
                        principalTable: "Consents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "RetentionPolicy",
                columns: new[] { "Id", "ChangedAt", "InactiveMonths", "WarningDays" },
                values: new object[] { 1, null, 24, 30 });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_LastActiveAt",
                table: "AspNetUsers",
                column: "LastActiveAt");

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_CandidateId_At",
                table: "AccessLog",
                columns: new[] { "CandidateId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_CompanyId_At",
                table: "AccessLog",
                columns: new[] { "CompanyId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Consents_BookId",
                table: "Consents",
                column: "BookId");

            migrationBuilder.CreateIndex(
                name: "IX_Consents_CandidateId_GrantedAt",
                table: "Consents",
                columns: new[] { "CandidateId", "GrantedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Consents_CompanyId_OpeningId",
                table: "Consents",
                columns: new[] { "CompanyId", "OpeningId" });

            migrationBuilder.CreateIndex(
                name: "IX_Consents_OpeningId",
                table: "Consents",
                column: "OpeningId");

            migrationBuilder.CreateIndex(
                name: "IX_Openings_CompanyId_IsOpen",
                table: "Openings",
                columns: new[] { "CompanyId", "IsOpen" });

            migrationBuilder.CreateIndex(
                name: "IX_Openings_PublicCode",
                table: "Openings",
                column: "PublicCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessLog");

            migrationBuilder.DropTable(
                name: "RetentionPolicy");

            migrationBuilder.DropTable(
                name: "SharedReports");

            migrationBuilder.DropTable(
                name: "Consents");

            migrationBuilder.DropTable(
                name: "Openings");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_LastActiveAt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "LastActiveAt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "RetentionWarnedAt",
                table: "AspNetUsers");
        }
    }
}
